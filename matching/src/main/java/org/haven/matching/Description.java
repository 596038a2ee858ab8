package org.haven.matching;

/**
 * One description of a child as recorded: the columns of the matching interchange contract. Every value is
 * the text as given (any script, any case); any of them except {@code recordId} may be {@code null} or empty.
 *
 * @param recordId unique within its collection
 * @param givenName given name
 * @param familyName family name, possibly a patronymic or grandfather's name
 * @param otherNames middle names, patronymics, nicknames, aliases, separated by {@code ;} or spaces
 * @param sex {@code female}, {@code male}, {@code other}, {@code unknown}, {@code f} or {@code m}
 * @param dateOfBirth {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param ageYears estimated age at {@code recordedOn}, used when there is no date of birth
 * @param nationality ISO 3166-1 alpha-3
 * @param placeOfOrigin free text, as spelled by the person
 * @param fatherName father's full name
 * @param motherName mother's full name
 * @param separationDate when the child was separated from family, same formats as dates of birth
 * @param separationPlace where the child was separated from family
 * @param recordedOn date the description was taken, {@code YYYY-MM-DD}
 * @param recordedIn ISO 3166-1 alpha-3 of the country where it was taken
 */
public record Description(
    String recordId,
    String givenName,
    String familyName,
    String otherNames,
    String sex,
    String dateOfBirth,
    String ageYears,
    String nationality,
    String placeOfOrigin,
    String fatherName,
    String motherName,
    String separationDate,
    String separationPlace,
    String recordedOn,
    String recordedIn) {

  public Description {
    if (recordId == null || recordId.isBlank()) {
      throw new IllegalArgumentException("recordId is required");
    }
  }

  /** Starts a description with only its id; set the other values with the builder's methods. */
  public static Builder builder(String recordId) {
    return new Builder(recordId);
  }

  /** Fluent construction, since most descriptions carry only a few of the fifteen values. */
  public static final class Builder {
    private final String recordId;
    private String givenName;
    private String familyName;
    private String otherNames;
    private String sex;
    private String dateOfBirth;
    private String ageYears;
    private String nationality;
    private String placeOfOrigin;
    private String fatherName;
    private String motherName;
    private String separationDate;
    private String separationPlace;
    private String recordedOn;
    private String recordedIn;

    private Builder(String recordId) {
      this.recordId = recordId;
    }

    public Builder givenName(String v) { givenName = v; return this; }
    public Builder familyName(String v) { familyName = v; return this; }
    public Builder otherNames(String v) { otherNames = v; return this; }
    public Builder sex(String v) { sex = v; return this; }
    public Builder dateOfBirth(String v) { dateOfBirth = v; return this; }
    public Builder ageYears(String v) { ageYears = v; return this; }
    public Builder nationality(String v) { nationality = v; return this; }
    public Builder placeOfOrigin(String v) { placeOfOrigin = v; return this; }
    public Builder fatherName(String v) { fatherName = v; return this; }
    public Builder motherName(String v) { motherName = v; return this; }
    public Builder separationDate(String v) { separationDate = v; return this; }
    public Builder separationPlace(String v) { separationPlace = v; return this; }
    public Builder recordedOn(String v) { recordedOn = v; return this; }
    public Builder recordedIn(String v) { recordedIn = v; return this; }

    public Description build() {
      return new Description(recordId, givenName, familyName, otherNames, sex, dateOfBirth, ageYears,
          nationality, placeOfOrigin, fatherName, motherName, separationDate, separationPlace, recordedOn,
          recordedIn);
    }
  }
}
