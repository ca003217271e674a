package org.broadsheet.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The header search box suggests headlines and sections as the reader types (ARIA combobox pattern). */
class SearchSuggestionsBrowserIT extends BrowserTest {

    @Test
    void typingOffersSuggestionsThatTheKeyboardCanChooseAndOpen() {
        Screen screen = open("/");
        WebElement input = screen.element("#site-search");

        input.sendKeys("kestr");
        screen.waitUntil(d -> screen.displayed("#site-search-option-0"));

        assertThat(input.getAttribute("role")).isEqualTo("combobox");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(screen.element("#site-search-suggestions").getAttribute("role")).isEqualTo("listbox");
        assertThat(screen.element("#site-search-option-0").getText()).containsIgnoringCase("kestrel");
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("site-search-option-0");
        assertThat(screen.element("#site-search-option-0").getAttribute("aria-selected")).isEqualTo("true");
        input.sendKeys(Keys.ENTER);
        screen.waitUntil(d -> d.getCurrentUrl().contains("/story/kestrel-point"));
    }

    @Test
    void escapeClosesTheSuggestionsAndEnterStillSearches() {
        Screen screen = open("/");
        WebElement input = screen.element("#site-search");
        input.sendKeys("kestr");
        screen.waitUntil(d -> screen.displayed("#site-search-option-0"));

        input.sendKeys(Keys.ESCAPE);

        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(screen.displayed("#site-search-suggestions")).isFalse();
        input.sendKeys("el", Keys.ENTER);
        screen.waitUntil(d -> d.getCurrentUrl().contains("/search?q=kestrel"));
        assertThat(screen.displayed(".search-result")).isTrue();
    }
}
