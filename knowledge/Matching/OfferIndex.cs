using System.Collections.Frozen;
using Bouwmarkt.Bot.Knowledge.Offers;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>
/// An immutable in-memory index of offers: per taxonomy id, the national offers and the local offers by gemeente and
/// by postcode area. A match touches only the offers posted under the asked ids and the resident's area.
/// </summary>
public sealed class OfferIndex : IOfferMatcher
{
    private readonly Entry[] _entries;
    private readonly FrozenDictionary<string, Posting> _postings;
    private readonly PostcodeArea[] _listedAreas;
    private readonly HelpTaxonomy _taxonomy;
    private readonly int _maxAgeMonths;
    private readonly TimeProvider _time;

    public OfferIndex(IEnumerable<Offer> offers, HelpTaxonomy taxonomy, int maxOfferAgeMonths, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(offers);
        _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _maxAgeMonths = Math.Max(0, maxOfferAgeMonths);
        _entries = [.. offers.Where(o => o.Route is not null).Select(o => new Entry(o, Present(o)))];

        var builders = new Dictionary<string, PostingBuilder>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
        {
            var offer = _entries[i].Offer;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in offer.Concepts)
            {
                keys.Add(c);
                if (taxonomy.NeedOf(c) is { } need)
                {
                    keys.Add(need.Id);
                }
            }

            foreach (var key in keys)
            {
                if (!builders.TryGetValue(key, out var b))
                {
                    builders[key] = b = new PostingBuilder();
                }

                b.Add(i, offer);
            }
        }

        _postings = builders.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Build(), StringComparer.Ordinal);
        _listedAreas = [.. _entries
            .SelectMany(e => e.Offer.PostcodeAreas)
            .Select(p => PostcodeArea.TryParse(p, out var area) ? area : (PostcodeArea?)null)
            .OfType<PostcodeArea>()
            .Distinct()];
    }

    /// <summary>How many offers the index holds.</summary>
    public int Count => _entries.Length;

    /// <inheritdoc />
    public bool ListsPostcodeArea(int digits) => _listedAreas.Any(area => area.Contains(digits));

    public MatchResult Match(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answers = request.Answers ?? new MatchAnswers();
        var gemeente = Normalize(answers.Gemeente);
        var digits = PostcodeArea.DigitsOf(answers.Postcode);
        var oldest = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddMonths(-_maxAgeMonths);

        // offer index -> best (score, key) for it
        var hits = new Dictionary<int, (int Score, string Key)>();
        foreach (var key in request.Needs.Concat(request.Concepts))
        {
            if (!_postings.TryGetValue(key, out var posting))
            {
                continue;
            }

            Visit(posting.National, key, hits);
            if (gemeente is not null && posting.ByGemeente.TryGetValue(gemeente, out var local))
            {
                Visit(local, key, hits);
            }

            if (digits is { } d)
            {
                foreach (var (area, index) in posting.ByPostcode)
                {
                    if (area.From > d)
                    {
                        break;
                    }

                    if (area.Contains(d))
                    {
                        Visit([index], key, hits);
                    }
                }
            }
        }

        var perRoute = new List<Candidate>[4];
        foreach (var (index, (score, key)) in hits)
        {
            var offer = _entries[index].Offer;
            if (offer.AssuredDate is not { } assured || assured < oldest)
            {
                continue;
            }

            if (answers.Age is { } age && (age < (offer.MinimumAge ?? 0) || age > (offer.MaximumAge ?? int.MaxValue)))
            {
                continue;
            }

            if (answers.ForWhom is { } forWhom && offer.Audience.Count > 0 && !offer.Audience.Contains(forWhom, StringComparer.Ordinal))
            {
                continue;
            }

            var route = (int)offer.Route!.Value;
            (perRoute[route] ??= []).Add(new Candidate(index, score, key, !offer.IsNational));
        }

        var routes = new List<RouteOffers>(4);
        for (var r = 0; r < perRoute.Length; r++)
        {
            if (perRoute[r] is not { Count: > 0 } list)
            {
                continue;
            }

            // Local before national, then the closest fit, then the freshest check.
            list.Sort((a, b) =>
            {
                var c = b.Local.CompareTo(a.Local);
                if (c == 0) c = b.Score.CompareTo(a.Score);
                if (c == 0) c = Nullable.Compare(_entries[b.Index].Offer.AssuredDate, _entries[a.Index].Offer.AssuredDate);
                return c != 0 ? c : string.CompareOrdinal(_entries[a.Index].Offer.Name, _entries[b.Index].Offer.Name);
            });
            var take = Math.Min(Math.Max(0, request.MaxPerRoute), list.Count);
            var offers = new List<MatchedOffer>(take);
            for (var i = 0; i < take; i++)
            {
                var entry = _entries[list[i].Index];
                offers.Add(entry.Presented with { Reason = Reason(entry.Offer, list[i], answers) });
            }

            if (offers.Count > 0)
            {
                routes.Add(new RouteOffers((Route)r, offers));
            }
        }

        return new MatchResult(routes);
    }

    private void Visit(int[] indices, string key, Dictionary<int, (int Score, string Key)> hits)
    {
        foreach (var i in indices)
        {
            var concepts = _entries[i].Offer.Concepts;
            // Exact narrower concept 3, the need itself 2, a narrower concept under the asked need 1.
            var score = concepts.Contains(key, StringComparer.Ordinal) ? (_taxonomy.Find(key)?.IsNeed == true ? 2 : 3) : 1;
            if (!hits.TryGetValue(i, out var best) || best.Score < score)
            {
                hits[i] = (score, key);
            }
        }
    }

    private string Reason(Offer offer, Candidate candidate, MatchAnswers answers)
    {
        var label = _taxonomy.Find(candidate.Key)?.PrefLabel ?? candidate.Key;
        var parts = new List<string>(4) { ReasonTemplates.Format(ReasonTemplates.Need, char.ToLowerInvariant(label[0]) + label[1..]) };
        parts.Add(offer.IsNational ? ReasonTemplates.National
            : offer.Gemeenten.Count == 0 ? ReasonTemplates.NearYou
            : ReasonTemplates.Format(ReasonTemplates.Local, offer.Gemeenten[0]));
        if (answers.Age is not null && (offer.MinimumAge is not null || offer.MaximumAge is not null))
        {
            parts.Add(ReasonTemplates.Age);
        }

        if (answers.ForWhom == "ander" && offer.Audience.Contains("ander", StringComparer.Ordinal))
        {
            parts.Add(ReasonTemplates.ForOther);
        }
        else if (answers.ForWhom == "helpen" && offer.Audience.Contains("helpen", StringComparer.Ordinal))
        {
            parts.Add(ReasonTemplates.Helper);
        }

        if (answers.Urgent && offer.Route == Route.Maatwerk)
        {
            parts.Add(ReasonTemplates.Urgent);
        }

        return string.Join(' ', parts);
    }

    private static MatchedOffer Present(Offer o)
    {
        var contact = string.Join(" · ", new[] { o.Phone, o.Url, o.Email, Join(o.Address, o.City), o.OpeningHours }.Where(s => s is not null));
        return new MatchedOffer(o.Id, o.Name, o.Description, contact, string.Empty)
        {
            Phone = o.Phone,
            Url = o.Url,
            Email = o.Email,
            Address = Join(o.Address, o.City),
            OpeningHours = o.OpeningHours,
            IsNational = o.IsNational,
            AssuredDate = o.AssuredDate,
        };
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}, {b}";

    internal static string? Normalize(string? gemeente) =>
        string.IsNullOrWhiteSpace(gemeente) ? null : gemeente.Trim().ToUpperInvariant();

    private sealed record Entry(Offer Offer, MatchedOffer Presented);

    private readonly record struct Candidate(int Index, int Score, string Key, bool Local);

    private sealed record Posting(int[] National, FrozenDictionary<string, int[]> ByGemeente, (PostcodeArea Area, int Index)[] ByPostcode);

    private sealed class PostingBuilder
    {
        private readonly List<int> _national = [];
        private readonly Dictionary<string, List<int>> _byGemeente = new(StringComparer.Ordinal);
        private readonly List<(PostcodeArea, int)> _byPostcode = [];

        public void Add(int index, Offer offer)
        {
            if (offer.IsNational)
            {
                _national.Add(index);
                return;
            }

            foreach (var g in offer.Gemeenten.Select(Normalize).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!_byGemeente.TryGetValue(g, out var list))
                {
                    _byGemeente[g] = list = [];
                }

                list.Add(index);
            }

            // Offers that name their gemeente are found through it; postcode areas add the ones that do not.
            if (offer.Gemeenten.Count == 0)
            {
                foreach (var p in offer.PostcodeAreas)
                {
                    if (PostcodeArea.TryParse(p, out var area))
                    {
                        _byPostcode.Add((area, index));
                    }
                }
            }
        }

        public Posting Build() => new(
            [.. _national],
            _byGemeente.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            [.. _byPostcode.OrderBy(p => p.Item1.From)]);
    }
}
