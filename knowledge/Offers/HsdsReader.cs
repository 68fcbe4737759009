using System.Globalization;
using System.Text.Json;
using Bouwmarkt.Bot.Knowledge.Curation;
using Bouwmarkt.Bot.Knowledge.Matching;

namespace Bouwmarkt.Bot.Knowledge.Offers;

/// <summary>
/// Reads HSDS 3.0 services (a bare array, one service, or our <c>{"profile", "services"}</c> wrapper) into offers.
/// Every problem is reported with its place; nothing is thrown for bad data.
/// </summary>
public static class HsdsReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, AllowTrailingCommas = false };

    private static readonly HashSet<string> ServiceFields =
    [
        "id", "organization_id", "organization", "name", "alternate_name", "description", "url", "email", "status",
        "eligibility_description", "minimum_age", "maximum_age", "fees_description", "assured_date", "assurer_email",
        "phones", "schedules", "service_areas", "service_at_locations", "attributes", "languages", "source", "demo",
    ];

    /// <summary>Reads raw bytes of one file; <paramref name="file"/> names it in problems.</summary>
    public static (IReadOnlyList<Offer> Offers, IReadOnlyList<CurationProblem> Problems) Read(ReadOnlyMemory<byte> utf8, string file)
    {
        var offers = new List<Offer>();
        var problems = new List<CurationProblem>();
        // JsonDocument checks structure, not the bytes inside strings; broken UTF-8 would throw later on GetString.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            problems.Add(CurationProblem.MalformedFile(file, "the file is not valid UTF-8."));
            return (offers, problems);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            problems.Add(CurationProblem.MalformedFile(file, ex.Message));
            return (offers, problems);
        }

        using (document)
        {
            var root = document.RootElement;
            JsonElement services;
            if (root.ValueKind == JsonValueKind.Array)
            {
                services = root;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("services", out var wrapped) && wrapped.ValueKind == JsonValueKind.Array)
            {
                services = wrapped;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("name", out _))
            {
                ReadService(root, 0, file, offers, problems);
                return (offers, problems);
            }
            else
            {
                problems.Add(CurationProblem.UnknownShape(file));
                return (offers, problems);
            }

            var index = 0;
            foreach (var service in services.EnumerateArray())
            {
                ReadService(service, index++, file, offers, problems);
            }
        }

        return (offers, problems);
    }

    private static void ReadService(JsonElement service, int index, string file, List<Offer> offers, List<CurationProblem> problems)
    {
        var place = $"#{index.ToString(CultureInfo.InvariantCulture)}";
        if (service.ValueKind != JsonValueKind.Object)
        {
            problems.Add(CurationProblem.WrongType(file, place, "service", "an object"));
            return;
        }

        var r = new FieldReader(file, problems);
        var id = r.String(service, place, "id");
        var record = id ?? place;
        r.Place = record;
        foreach (var property in service.EnumerateObject())
        {
            if (!ServiceFields.Contains(property.Name))
            {
                problems.Add(CurationProblem.UnknownField(file, record, r.Clip(property.Name)));
            }
        }

        var name = r.String(service, record, "name");
        var description = r.String(service, record, "description");
        string? orgId = r.String(service, record, "organization_id");
        string? orgName = null;
        string? orgDescription = null;
        if (r.Object(service, "organization") is { } org)
        {
            orgId = r.String(org, record, "organization.id") ?? orgId;
            orgName = r.String(org, record, "organization.name");
            orgDescription = r.String(org, record, "organization.description");
        }

        Route? route = null;
        var concepts = new List<string>();
        var audience = new List<string>();
        string? zrm = null;
        var attrIndex = 0;
        foreach (var attribute in r.Array(service, "attributes"))
        {
            var field = $"attributes[{attrIndex++}]";
            if (r.Object(attribute, "taxonomy_term", field) is not { } term)
            {
                continue;
            }

            var taxonomy = r.String(term, record, $"{field}.taxonomy_term.taxonomy");
            var code = r.String(term, record, $"{field}.taxonomy_term.code");
            if (code is null)
            {
                problems.Add(CurationProblem.MissingField(file, record, $"{field}.taxonomy_term.code"));
                continue;
            }

            switch (taxonomy)
            {
                case HsdsNames.RouteTaxonomy:
                    if (RouteNames.TryParse(code, out var parsed))
                    {
                        route = parsed;
                    }
                    else
                    {
                        problems.Add(CurationProblem.UnknownRoute(file, record, $"{field}.taxonomy_term.code", r.Clip(code)));
                    }

                    break;
                case HsdsNames.NeedTaxonomy:
                    concepts.Add(code);
                    break;
                case HsdsNames.ZrmTaxonomy:
                    zrm = code;
                    break;
                case HsdsNames.AudienceTaxonomy:
                    audience.Add(code);
                    break;
                default:
                    problems.Add(CurationProblem.UnknownField(file, record, $"{field}.taxonomy_term.taxonomy"));
                    break;
            }
        }

        var national = false;
        var gemeenten = new List<string>();
        var postcodes = new List<string>();
        var areaIndex = 0;
        foreach (var area in r.Array(service, "service_areas"))
        {
            var field = $"service_areas[{areaIndex++}]";
            if (area.ValueKind != JsonValueKind.Object)
            {
                problems.Add(CurationProblem.WrongType(file, record, field, "an object"));
                continue;
            }

            var kind = r.String(area, record, $"{field}.extent_type");
            var areaName = r.String(area, record, $"{field}.name");
            switch (kind)
            {
                case HsdsNames.ExtentNational:
                    national = true;
                    break;
                case HsdsNames.ExtentGemeente when areaName is not null:
                    gemeenten.Add(areaName);
                    break;
                case HsdsNames.ExtentPostcode when areaName is not null:
                    postcodes.Add(areaName);
                    break;
                default:
                    problems.Add(CurationProblem.WrongType(file, record, $"{field}.extent_type", "'land', or 'gemeente'/'postcode' with a name"));
                    break;
            }
        }

        string? phone = null;
        foreach (var p in r.Array(service, "phones"))
        {
            phone ??= p.ValueKind == JsonValueKind.Object ? r.String(p, record, "phones[0].number") : null;
        }

        string? hours = null;
        foreach (var s in r.Array(service, "schedules"))
        {
            hours ??= s.ValueKind == JsonValueKind.Object ? r.String(s, record, "schedules[0].description") : null;
        }

        string? address = null, postcode = null, city = null;
        foreach (var sal in r.Array(service, "service_at_locations"))
        {
            if (address is null && r.Object(sal, "location", "service_at_locations[0]") is { } location)
            {
                foreach (var a in r.Array(location, "addresses"))
                {
                    if (address is null && a.ValueKind == JsonValueKind.Object)
                    {
                        address = r.String(a, record, "service_at_locations[0].location.addresses[0].address_1");
                        postcode = r.String(a, record, "service_at_locations[0].location.addresses[0].postal_code");
                        city = r.String(a, record, "service_at_locations[0].location.addresses[0].city");
                    }
                }
            }
        }

        DateOnly? assured = null;
        if (r.String(service, record, "assured_date") is { } assuredText)
        {
            if (DateOnly.TryParseExact(assuredText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                assured = d;
            }
            else
            {
                problems.Add(CurationProblem.MalformedDate(file, record, "assured_date", assuredText));
            }
        }

        if (id is null)
        {
            problems.Add(CurationProblem.MissingField(file, place, "id"));
        }

        if (name is null)
        {
            problems.Add(CurationProblem.MissingField(file, record, "name"));
        }

        if (description is null)
        {
            problems.Add(CurationProblem.MissingField(file, record, "description"));
        }

        if (orgName is null)
        {
            problems.Add(CurationProblem.MissingField(file, record, "organization.name"));
        }

        if (id is null || name is null || description is null || orgName is null)
        {
            return;
        }

        offers.Add(new Offer
        {
            Id = id,
            Name = name,
            Description = description,
            OrganizationId = orgId ?? id + "-org",
            OrganizationName = orgName,
            OrganizationDescription = orgDescription,
            Route = route,
            Concepts = concepts,
            Zrm = zrm,
            Audience = audience,
            IsNational = national,
            Gemeenten = gemeenten,
            PostcodeAreas = postcodes,
            EligibilityDescription = r.String(service, record, "eligibility_description"),
            MinimumAge = r.Int(service, record, "minimum_age"),
            MaximumAge = r.Int(service, record, "maximum_age"),
            Cost = r.String(service, record, "fees_description"),
            Phone = phone,
            Url = r.String(service, record, "url"),
            Email = r.String(service, record, "email"),
            Address = address,
            Postcode = postcode,
            City = city,
            OpeningHours = hours,
            AssuredDate = assured,
            AssurerEmail = r.String(service, record, "assurer_email"),
            Source = r.String(service, record, "source"),
            Demo = r.Bool(service, record, "demo"),
        });
    }

    /// <summary>Typed field access that records a problem instead of throwing.</summary>
    private sealed class FieldReader(string file, List<CurationProblem> problems)
    {
        public string? Place { get; set; }

        public string Clip(string value) => value.Length <= 80 ? value : value[..80];

        public string? String(JsonElement obj, string? record, string field)
        {
            if (!TryGet(obj, field, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                problems.Add(CurationProblem.WrongType(file, record, field, "a string"));
                return null;
            }

            var text = value.GetString();
            if (text is { Length: > HsdsNames.MaxText })
            {
                problems.Add(CurationProblem.TooLong(file, record, field, HsdsNames.MaxText));
                return null;
            }

            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        public int? Int(JsonElement obj, string? record, string field)
        {
            if (!TryGet(obj, field, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            {
                problems.Add(CurationProblem.WrongType(file, record, field, "a whole number"));
                return null;
            }

            return number;
        }

        public bool Bool(JsonElement obj, string? record, string field)
        {
            if (!TryGet(obj, field, out var value))
            {
                return false;
            }

            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add(CurationProblem.WrongType(file, record, field, "true or false"));
                return false;
            }

            return value.GetBoolean();
        }

        public JsonElement? Object(JsonElement obj, string name, string? prefix = null)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                problems.Add(CurationProblem.WrongType(file, Place, prefix is null ? name : $"{prefix}.{name}", "an object"));
                return null;
            }

            return value;
        }

        public IEnumerable<JsonElement> Array(JsonElement obj, string name)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                problems.Add(CurationProblem.WrongType(file, Place, name, "an array"));
                return [];
            }

            return value.EnumerateArray();
        }

        private static bool TryGet(JsonElement obj, string field, out JsonElement value)
        {
            value = default;
            var name = field[(field.LastIndexOf('.') + 1)..];
            return obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
        }
    }
}
