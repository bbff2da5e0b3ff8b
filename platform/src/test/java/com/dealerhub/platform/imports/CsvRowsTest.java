package com.dealerhub.platform.imports;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTest {

    private static final List<String> HEADER = List.of("number", "description", "unitPrice", "special");

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksKeepingLineNumbers() {
        String csv = "number,description,unitPrice,special\r\n"
                + "P-1,\"Seal, fuel pump \"\"A\"\"\",45.00,false\r\n"
                + "P-2,\"two\nlines\",10,true\n"
                + "\n"
                + "P-3,刹车片,380,no";

        List<CsvRows.Row> rows = CsvRows.read(csv, HEADER);

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2, 3, 6);
        assertThat(rows.get(0).fields()).containsExactly("P-1", "Seal, fuel pump \"A\"", "45.00", "false");
        assertThat(rows.get(1).fields().get(1)).isEqualTo("two\nlines");
        assertThat(rows.get(2).fields().get(1)).isEqualTo("刹车片");
    }

    @Test
    void refusesAWrongHeaderAWrongColumnCountAndAnOpenQuote() {
        assertThatThrownBy(() -> CsvRows.read("number,price\nP-1,3", HEADER)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> CsvRows.read("number,description,unitPrice,special\nP-1,x,3", HEADER))
                .hasMessageContaining("line 2: 4 columns expected, found 3");
        assertThatThrownBy(() -> CsvRows.read("number,description,unitPrice,special\nP-1,\"x,3,true", HEADER))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvRows.read("", HEADER)).hasFieldOrPropertyWithValue("field", "csv");
    }
}
