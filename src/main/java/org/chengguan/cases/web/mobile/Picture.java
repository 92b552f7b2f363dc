package org.chengguan.cases.web.mobile;

/**
 * How the pages draw a category: one character on a tile coloured by its class (大类), e.g. 垃 on orange for 暴露垃圾.
 * Drawn with the page's own font, so it looks the same on every phone, WeChat included.
 *
 * @param glyph the character on the tile
 * @param tone the class key ({@code E01}, {@code C03}…) the tile's colour comes from ({@code .tone-E01} in mobile.css)
 */
public record Picture(String glyph, String tone) {
}
