package dev.modelof.example.types;

import dev.modelof.Range;
import dev.modelof.Size;
import java.util.List;

/** A record whose components carry generator annotations. */
public record Tagged(
    @Size(max = 3) String tag, @Range(min = 0, max = 9) int weight, List<@Range(min = 1, max = 2) Integer> ones) {}
