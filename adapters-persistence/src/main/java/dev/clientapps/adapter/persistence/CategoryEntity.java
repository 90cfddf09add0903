package dev.clientapps.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "category")
class CategoryEntity {

    @Id
    UUID id;

    @Column(name = "name", nullable = false, columnDefinition = "text")
    String name;
}
