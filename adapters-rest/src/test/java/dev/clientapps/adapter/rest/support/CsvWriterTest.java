package dev.clientapps.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainTextIsWrittenAsIs() {
        assertThat(CsvWriter.field("Slack")).isEqualTo("Slack");
        assertThat(CsvWriter.field("")).isEmpty();
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvWriter.field("Salesforce, Inc.")).isEqualTo("\"Salesforce, Inc.\"");
        assertThat(CsvWriter.field("The \"Best\" app")).isEqualTo("\"The \"\"Best\"\" app\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void textASpreadsheetWouldEvaluateGetsAnApostropheFirst() {
        assertThat(CsvWriter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.field("+49 30")).isEqualTo("'+49 30");
        assertThat(CsvWriter.field("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("\tTab")).isEqualTo("'\tTab");
        assertThat(CsvWriter.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
    }
}
