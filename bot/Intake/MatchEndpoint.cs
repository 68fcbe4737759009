using System.Text.Json;
using System.Text.Json.Nodes;
using Bouwmarkt.Bot.Knowledge.Matching;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Intake;

/// <summary><c>POST /api/intake/match</c>: needs, concepts and answers in, offers by route out; bad input is a 400 naming the field.</summary>
internal static class MatchEndpoint
{
    private const int MaxBodyBytes = 64 * 1024;
    private static readonly string[] ForWhomValues = ["zelf", "ander", "helpen"];

    public static async Task<IResult> HandleAsync(HttpRequest request, IOfferMatcher matcher, HelpTaxonomy taxonomy, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return Problem("body", $"The body is larger than {MaxBodyBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (!System.Text.Unicode.Utf8.IsValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            return Problem("body", "The body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return Problem("body", "The body is not valid JSON.");
        }

        using (document)
        {
            var (match, error) = Parse(document.RootElement, taxonomy);
            return error ?? Results.Text(Write(matcher.Match(match!)), "application/json; charset=utf-8");
        }
    }

    internal static (MatchRequest? Request, IResult? Error) Parse(JsonElement root, HelpTaxonomy taxonomy)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Problem("body", "The body must be a JSON object."));
        }

        if (!ReadIds(root, "needs", id => taxonomy.Find(id)?.IsNeed == true, out var needs, out var error)
            || !ReadIds(root, "concepts", taxonomy.Contains, out var concepts, out error))
        {
            return (null, error);
        }

        var answers = new MatchAnswers();
        if (root.TryGetProperty("answers", out var a) && a.ValueKind != JsonValueKind.Null)
        {
            if (a.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem("answers", "answers must be an object."));
            }

            if (Text(a, "forWhom", out var forWhom) is { } e1)
            {
                return (null, e1);
            }

            if (forWhom is not null && !ForWhomValues.Contains(forWhom, StringComparer.Ordinal))
            {
                return (null, Problem("answers.forWhom", "forWhom must be 'zelf', 'ander' or 'helpen'."));
            }

            int? age = null;
            if (a.TryGetProperty("age", out var ageElement) && ageElement.ValueKind != JsonValueKind.Null)
            {
                if (ageElement.ValueKind != JsonValueKind.Number || !ageElement.TryGetInt32(out var value) || value is < 0 or > 120)
                {
                    return (null, Problem("answers.age", "age must be a whole number from 0 to 120."));
                }

                age = value;
            }

            if (Text(a, "gemeente", out var gemeente) is { } e2)
            {
                return (null, e2);
            }

            if (Text(a, "postcode", out var postcode) is { } e3)
            {
                return (null, e3);
            }

            if (postcode is not null && PostcodeArea.DigitsOf(postcode) is null)
            {
                return (null, Problem("answers.postcode", "postcode must be a Dutch postcode like '1234 AB' or '1234'."));
            }

            var urgent = false;
            if (a.TryGetProperty("urgent", out var u) && u.ValueKind != JsonValueKind.Null)
            {
                if (u.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return (null, Problem("answers.urgent", "urgent must be true or false."));
                }

                urgent = u.GetBoolean();
            }

            answers = new MatchAnswers(forWhom, age, gemeente, postcode, urgent);
        }

        if (needs.Count == 0 && concepts.Count == 0)
        {
            return (null, Problem("needs", "Give at least one need or concept."));
        }

        return (new MatchRequest(needs, concepts, answers), null);
    }

    private static bool ReadIds(JsonElement root, string field, Func<string, bool> known, out List<string> ids, out IResult? error)
    {
        ids = [];
        error = null;
        if (!root.TryGetProperty(field, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            error = Problem(field, $"{field} must be an array of ids.");
            return false;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { } id || !known(id))
            {
                error = Problem($"{field}[{i}]", $"{field}[{i}] is not a known id.");
                return false;
            }

            ids.Add(id);
            i++;
        }

        return true;
    }

    private static IResult? Text(JsonElement obj, string field, out string? value)
    {
        value = null;
        if (!obj.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String || element.GetString() is not { Length: <= 100 } text)
        {
            return Problem($"answers.{field}", $"{field} must be a string of at most 100 characters.");
        }

        value = string.IsNullOrWhiteSpace(text) ? null : text;
        return null;
    }

    private static string Write(MatchResult result)
    {
        var routes = new JsonArray();
        foreach (var route in result.Routes)
        {
            var offers = new JsonArray();
            foreach (var o in route.Offers)
            {
                var node = new JsonObject
                {
                    ["id"] = o.Id,
                    ["name"] = o.Name,
                    ["what"] = o.What,
                    ["contact"] = o.Contact,
                    ["reason"] = o.Reason,
                    ["isNational"] = o.IsNational,
                };
                if (o.Phone is not null) node["phone"] = o.Phone;
                if (o.Url is not null) node["url"] = o.Url;
                if (o.AssuredDate is { } d) node["assuredDate"] = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                offers.Add(node);
            }

            routes.Add(new JsonObject { ["route"] = RouteNames.ToCode(route.Route), ["offers"] = offers });
        }

        return new JsonObject { ["routes"] = routes }.ToJsonString();
    }

    private static IResult Problem(string field, string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid match request",
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
