package dev.clientapps.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The writable columns of a catalog app (name_key is computed by the database). */
@Entity
@Table(name = "catalog_app")
class CatalogAppEntity {

    @Id
    UUID id;

    @Column(name = "canonical_name", nullable = false, columnDefinition = "text")
    String canonicalName;

    @Column(name = "description", columnDefinition = "text")
    String description;

    @Column(name = "display_colour", columnDefinition = "text")
    String displayColour;

    @Column(name = "logo", columnDefinition = "text")
    String logo;

    @Column(name = "type", columnDefinition = "text")
    String type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vendor_id")
    VendorEntity vendor;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "catalog_app_category",
            joinColumns = @JoinColumn(name = "catalog_app_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    Set<CategoryEntity> categories = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
