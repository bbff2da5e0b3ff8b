package com.dealerhub.platform.warranty;

import com.dealerhub.common.problem.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VinTest {

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP042788", "1HGCM82633A004352", "11111111111111111"})
    void publishedValidVinsPassTheCheckDigit(String vin) {
        assertThat(Vin.parse(vin, true).value()).isEqualTo(vin);
    }

    @Test
    void typingIsForgiven() {
        assertThat(Vin.parse(" 1m8gdm9axkp 042788", true).value()).isEqualTo("1M8GDM9AXKP042788");
    }

    @Test
    void aWrongCheckDigitIsRefusedWhereTheRegionUsesIt() {
        assertThatThrownBy(() -> Vin.parse("1M8GDM9A1KP042788", true))
                .isInstanceOf(InvalidField.class).hasMessageContaining("should be X");
        assertThat(Vin.parse("1M8GDM9A1KP042788", false).value()).isEqualTo("1M8GDM9A1KP042788");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP04278", "1M8GDM9AXKP0427880", "1M8GDM9AXKP04278I", "OM8GDM9AXKP042788", "1M8GDM9AXKP04278Q", ""})
    void malformedVinsAreRefusedNamingTheField(String vin) {
        assertThatThrownBy(() -> Vin.parse(vin, false))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("vin"));
    }
}
