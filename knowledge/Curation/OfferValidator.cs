using System.Net.Mail;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>Checks offers against the taxonomy and the profile's rules: ids, routes, areas, contact formats, duplicates.</summary>
public sealed partial class OfferValidator(HelpTaxonomy taxonomy)
{
    public IReadOnlyList<CurationProblem> Validate(IReadOnlyList<Offer> offers, string file)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var problems = new List<CurationProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in offers)
        {
            if (!ids.Add(o.Id))
            {
                problems.Add(CurationProblem.Duplicate(file, o.Id, "id", $"id '{o.Id}' appears more than once"));
            }

            if (!names.Add($"{o.OrganizationName}\u0001{o.Name}"))
            {
                problems.Add(CurationProblem.Duplicate(file, o.Id, "name", $"'{o.Name}' of '{o.OrganizationName}' appears more than once"));
            }

            if (o.Route is null)
            {
                problems.Add(CurationProblem.MissingRoute(file, o.Id));
            }

            if (o.Concepts.Count == 0)
            {
                problems.Add(CurationProblem.MissingNeed(file, o.Id));
            }

            foreach (var c in o.Concepts.Where(c => !taxonomy.Contains(c)))
            {
                problems.Add(CurationProblem.UnknownTaxonomyId(file, o.Id, "attributes", c));
            }

            if (!o.IsNational && o.Gemeenten.Count == 0 && o.PostcodeAreas.Count == 0)
            {
                problems.Add(CurationProblem.MissingArea(file, o.Id));
            }

            foreach (var p in o.PostcodeAreas.Where(p => !PostcodeArea.TryParse(p, out _)))
            {
                problems.Add(CurationProblem.MalformedPostcode(file, o.Id, "service_areas", p));
            }

            if (o.Postcode is not null && PostcodeArea.DigitsOf(o.Postcode) is null)
            {
                problems.Add(CurationProblem.MalformedPostcode(file, o.Id, "postal_code", o.Postcode));
            }

            if (o.Phone is null && o.Url is null && o.Email is null && o.Address is null)
            {
                problems.Add(CurationProblem.MissingContact(file, o.Id));
            }

            if (o.Phone is not null && !IsPhone(o.Phone))
            {
                problems.Add(CurationProblem.MalformedPhone(file, o.Id, "phones", o.Phone));
            }

            if (o.Url is not null && !IsUrl(o.Url))
            {
                problems.Add(CurationProblem.MalformedUrl(file, o.Id, "url", o.Url));
            }

            if (o.Email is not null && !IsEmail(o.Email))
            {
                problems.Add(CurationProblem.MalformedEmail(file, o.Id, "email", o.Email));
            }

            if (o.AssurerEmail is not null && !IsEmail(o.AssurerEmail))
            {
                problems.Add(CurationProblem.MalformedEmail(file, o.Id, "assurer_email", o.AssurerEmail));
            }

            if (o.MinimumAge is < 0 or > 120 || o.MaximumAge is < 0 or > 120 || o.MinimumAge > o.MaximumAge)
            {
                problems.Add(CurationProblem.BadAgeRange(file, o.Id));
            }

            if (o.AssuredDate is null || o.AssurerEmail is null)
            {
                problems.Add(CurationProblem.MissingAssurance(file, o.Id));
            }
        }

        return problems;
    }

    /// <summary>Dutch numbers: 112/113-style short numbers, 0800/0900/088 service numbers, 10-digit numbers.</summary>
    public static bool IsPhone(string phone) => PhonePattern().IsMatch(phone);

    public static bool IsUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsEmail(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^(1\d{2}|0800-?\s?\d{4}|0800-\d{2} \d{2} \d{3}|0900-?\s?\d{4}|0[1-9](\d[\s-]?){8}|088-?\s?\d{4}\s?\d{3})$")]
    private static partial Regex PhonePattern();
}
