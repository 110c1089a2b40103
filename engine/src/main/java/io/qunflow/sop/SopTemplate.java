package io.qunflow.sop;

import java.util.List;

/** An industry calendar to start from, shipped in {@code workflows/sop-templates/<name>.json}. */
public record SopTemplate(String name, String title, String description, List<NewSopEntry> entries) {}
