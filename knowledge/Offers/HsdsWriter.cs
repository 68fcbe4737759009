using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bouwmarkt.Bot.Knowledge.Matching;

namespace Bouwmarkt.Bot.Knowledge.Offers;

/// <summary>Writes offers as HSDS 3.0 services in our wrapper; <see cref="HsdsReader"/> reads it back unchanged.</summary>
public static class HsdsWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, IEnumerable<Offer> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("profile", HsdsNames.Profile);
        w.WriteStartArray("services");
        foreach (var offer in offers.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            WriteService(w, offer);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static byte[] ToBytes(IEnumerable<Offer> offers)
    {
        using var stream = new MemoryStream();
        Write(stream, offers);
        return stream.ToArray();
    }

    /// <summary>One service on its own, as the store keeps it.</summary>
    public static byte[] ServiceToBytes(Offer offer)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteService(w, offer);
        }

        return stream.ToArray();
    }

    private static void WriteService(Utf8JsonWriter w, Offer o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("organization_id", o.OrganizationId);
        w.WriteStartObject("organization");
        w.WriteString("id", o.OrganizationId);
        w.WriteString("name", o.OrganizationName);
        Optional(w, "description", o.OrganizationDescription);
        w.WriteEndObject();
        w.WriteString("name", o.Name);
        w.WriteString("description", o.Description);
        Optional(w, "url", o.Url);
        Optional(w, "email", o.Email);
        w.WriteString("status", "active");
        Optional(w, "eligibility_description", o.EligibilityDescription);
        if (o.MinimumAge is { } min)
        {
            w.WriteNumber("minimum_age", min);
        }

        if (o.MaximumAge is { } max)
        {
            w.WriteNumber("maximum_age", max);
        }

        Optional(w, "fees_description", o.Cost);
        Optional(w, "assured_date", o.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(w, "assurer_email", o.AssurerEmail);
        Optional(w, "source", o.Source);
        if (o.Demo)
        {
            w.WriteBoolean("demo", true);
        }

        w.WriteStartArray("phones");
        if (o.Phone is not null)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id + "-phone");
            w.WriteString("number", o.Phone);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("schedules");
        if (o.OpeningHours is not null)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id + "-schedule");
            w.WriteString("description", o.OpeningHours);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("service_areas");
        if (o.IsNational)
        {
            Area(w, o.Id + "-area-nl", "Nederland", HsdsNames.ExtentNational);
        }

        var n = 0;
        foreach (var g in o.Gemeenten)
        {
            Area(w, $"{o.Id}-area-g{n++}", g, HsdsNames.ExtentGemeente);
        }

        n = 0;
        foreach (var p in o.PostcodeAreas)
        {
            Area(w, $"{o.Id}-area-p{n++}", p, HsdsNames.ExtentPostcode);
        }

        w.WriteEndArray();
        w.WriteStartArray("service_at_locations");
        if (o.Address is not null || o.City is not null || o.Postcode is not null)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id + "-sal");
            w.WriteStartObject("location");
            w.WriteString("id", o.Id + "-location");
            w.WriteString("name", o.Name);
            w.WriteStartArray("addresses");
            w.WriteStartObject();
            w.WriteString("id", o.Id + "-address");
            Optional(w, "address_1", o.Address);
            Optional(w, "city", o.City);
            Optional(w, "postal_code", o.Postcode);
            w.WriteString("country", "NL");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("attributes");
        if (o.Route is { } route)
        {
            Attribute(w, o.Id, HsdsNames.RouteTaxonomy, RouteNames.ToCode(route));
        }

        foreach (var c in o.Concepts)
        {
            Attribute(w, o.Id, HsdsNames.NeedTaxonomy, c);
        }

        if (o.Zrm is not null)
        {
            Attribute(w, o.Id, HsdsNames.ZrmTaxonomy, o.Zrm);
        }

        foreach (var a in o.Audience)
        {
            Attribute(w, o.Id, HsdsNames.AudienceTaxonomy, a);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Area(Utf8JsonWriter w, string id, string name, string kind)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", name);
        w.WriteString("extent_type", kind);
        w.WriteEndObject();
    }

    private static void Attribute(Utf8JsonWriter w, string offerId, string taxonomy, string code)
    {
        w.WriteStartObject();
        w.WriteString("id", $"{offerId}-{taxonomy}-{code}");
        w.WriteStartObject("taxonomy_term");
        w.WriteString("id", $"{taxonomy}:{code}");
        w.WriteString("code", code);
        w.WriteString("name", code);
        w.WriteString("taxonomy", taxonomy);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
