package org.haven.matching.model;

import java.util.List;
import org.haven.matching.normalize.Token;

/**
 * A place as a description gives it: the known place its spelling names ({@code Kutupalong} is in the
 * gazetteer's Cox's Bazar group), the spelling itself, folded, and the known places it lies within.
 * Two descriptions name the same place when their known places are equal; a spelling the gazetteer does
 * not know (Kutupalang) can then still be compared with the other description's spelling instead of with
 * its group's first name.
 *
 * @param id unique to the place as written (the same spelling with other word breaks, Adi Grat and Adigrat,
 *     is another), from the ids of tokens, so that comparisons of places are cached beside those of names
 * @param known the gazetteer's key for the place, or the folded spelling when the place is unknown
 * @param spelling the folded spelling; the same token as {@code known} when the two are equal
 * @param within the places it lies within, nearest first (Olancho for Juticalpa); empty without a hierarchy
 * @param words the words of the name read as names are, without the words that say what kind of place it is
 *     (Yei for Yei Town, raqqah for Al-Raqqah)
 */
public record Place(int id, Token known, Token spelling, List<Token> within, List<Token> words) {
  public Place {
    within = List.copyOf(within);
    words = List.copyOf(words);
  }

  /** One place lies within the other: a district and its province describe the same origin, less precisely. */
  public boolean nested(Place other) {
    return within.contains(other.known) || other.within.contains(known);
  }
}
