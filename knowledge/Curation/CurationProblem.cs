namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>One problem found in offer data, with its place (file, record, field). A value, never thrown.</summary>
/// <remarks>Create through the named factories so codes and wording stay the same everywhere.</remarks>
public sealed record CurationProblem(CurationSeverity Severity, string Code, string File, string? Record, string? Field, string Message)
{
    public bool IsError => Severity == CurationSeverity.Error;

    public static CurationProblem MalformedFile(string file, string detail) =>
        new(CurationSeverity.Error, "malformed-file", file, null, null, $"The file is not valid JSON: {detail}");

    public static CurationProblem UnreadableFile(string file, string detail) =>
        new(CurationSeverity.Error, "unreadable-file", file, null, null, $"The file cannot be read: {detail}");

    public static CurationProblem UnknownShape(string file) =>
        new(CurationSeverity.Error, "unknown-shape", file, null, null,
            "Expected an HSDS 3.0 service, an array of services, or an object with a 'services' array.");

    public static CurationProblem WrongType(string file, string? record, string field, string expected) =>
        new(CurationSeverity.Error, "wrong-type", file, record, field, $"Expected {expected}.");

    public static CurationProblem MissingField(string file, string? record, string field) =>
        new(CurationSeverity.Error, "missing-field", file, record, field, "This field is required.");

    public static CurationProblem TooLong(string file, string? record, string field, int max) =>
        new(CurationSeverity.Error, "too-long", file, record, field, $"Longer than {max} characters.");

    public static CurationProblem UnknownField(string file, string? record, string field) =>
        new(CurationSeverity.Warning, "unknown-field", file, record, field, "Unknown field; it is ignored.");

    public static CurationProblem UnknownTaxonomyId(string file, string? record, string field, string id) =>
        new(CurationSeverity.Error, "unknown-taxonomy-id", file, record, field, $"'{id}' is not in the taxonomy.");

    public static CurationProblem UnknownRoute(string file, string? record, string field, string code) =>
        new(CurationSeverity.Error, "unknown-route", file, record, field, $"'{code}' is not a route (basis, netwerk, initiatief, maatwerk).");

    public static CurationProblem MissingRoute(string file, string? record) =>
        new(CurationSeverity.Error, "missing-route", file, record, "attributes", "The offer has no route.");

    public static CurationProblem MissingNeed(string file, string? record) =>
        new(CurationSeverity.Error, "missing-need", file, record, "attributes", "The offer has no need from the taxonomy.");

    public static CurationProblem MissingArea(string file, string? record) =>
        new(CurationSeverity.Error, "missing-area", file, record, "service_areas", "The offer serves no gemeente, postcode area or the whole country.");

    public static CurationProblem MissingContact(string file, string? record) =>
        new(CurationSeverity.Error, "missing-contact", file, record, "phones", "The offer has no phone, web address, email or address.");

    public static CurationProblem MalformedPhone(string file, string? record, string field, string value) =>
        new(CurationSeverity.Error, "malformed-phone", file, record, field, $"'{Clip(value)}' is not a Dutch phone number.");

    public static CurationProblem MalformedUrl(string file, string? record, string field, string value) =>
        new(CurationSeverity.Error, "malformed-url", file, record, field, $"'{Clip(value)}' is not an absolute https or http address.");

    public static CurationProblem MalformedEmail(string file, string? record, string field, string value) =>
        new(CurationSeverity.Error, "malformed-email", file, record, field, $"'{Clip(value)}' is not an email address.");

    public static CurationProblem MalformedPostcode(string file, string? record, string field, string value) =>
        new(CurationSeverity.Error, "malformed-postcode", file, record, field, $"'{Clip(value)}' is not a postcode or postcode range.");

    public static CurationProblem MalformedDate(string file, string? record, string field, string value) =>
        new(CurationSeverity.Error, "malformed-date", file, record, field, $"'{Clip(value)}' is not a date (yyyy-MM-dd).");

    public static CurationProblem BadAgeRange(string file, string? record) =>
        new(CurationSeverity.Error, "bad-age-range", file, record, "minimum_age", "minimum_age is above maximum_age or outside 0-120.");

    public static CurationProblem Duplicate(string file, string? record, string field, string what) =>
        new(CurationSeverity.Error, "duplicate", file, record, field, $"Duplicate: {Clip(what)}.");

    public static CurationProblem MissingAssurance(string file, string? record) =>
        new(CurationSeverity.Warning, "missing-assurance", file, record, "assured_date", "Nobody has checked this offer yet (no assured_date or assurer_email).");

    /// <summary>"file, record 'id', field 'x': message" for reports.</summary>
    public override string ToString()
    {
        var place = File;
        if (Record is not null)
        {
            place += $", record '{Clip(Record)}'";
        }

        if (Field is not null)
        {
            place += $", field '{Field}'";
        }

        return $"{(IsError ? "error" : "warning")} {Code}: {place}: {Message}";
    }

    private static string Clip(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
