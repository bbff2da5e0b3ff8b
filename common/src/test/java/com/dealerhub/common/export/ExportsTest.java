package com.dealerhub.common.export;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportsTest {

    @Test
    void namesTheFormatsInAnyCase() {
        assertThat(ExportFormat.parse("XLSX").writer().mediaType()).isEqualTo(XlsxWriter.MEDIA_TYPE);
        assertThat(ExportFormat.parse(" csv ").writer().extension()).isEqualTo("csv");
    }

    @Test
    void refusesAnUnknownFormatNamingFormat() {
        assertThatThrownBy(() -> Exports.answer("pdf", Language.EN, new Table("t")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThatThrownBy(() -> ExportFormat.parse(null))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("format"));
    }

    @Test
    void refusesMoreRowsThanTheLimitNamingTheFilter() {
        Exports.requireWithinLimit(Exports.MAX_ROWS, "state");
        assertThatThrownBy(() -> Exports.requireWithinLimit(Exports.MAX_ROWS + 1, "state"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("state"));
    }

    @Test
    void takesTheLanguageFromLangThenChineseByDefault() {
        assertThat(Language.of("en", null)).isEqualTo(Language.EN);
        assertThat(Language.of("zh-CN", null)).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(null, null)).isEqualTo(Language.ZH_CN);
        assertThatThrownBy(() -> Language.of("fr", null))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("lang"));
    }
}
