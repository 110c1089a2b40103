package io.qunflow.common;

/**
 * The limits of the API's paged lists ({@code page} from 0, {@code size} items a page), one set for
 * every list a person pages through, so that each refuses the same requests with the same words.
 */
public final class Paging {

    /**
     * The furthest page asked for: a million pages of the largest size is far past any group, and
     * keeps {@code page * size} well inside an int (a page past 21,474,836 wrapped the offset round
     * to a negative number, which the database refused with a 500).
     */
    public static final int MAX_PAGE = 1_000_000;

    /** The most items on one page. */
    public static final int MAX_SIZE = 100;

    private Paging() {}
}
