using System.Collections.Frozen;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Taxonomy;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Local;

/// <summary>The embedded recognizer: taxonomy labels, Dutch stems, compound splitting, typo tolerance and negation, and a
/// learned model over them; no network.</summary>
/// <remarks>
/// <para>Every label (prefLabel, altLabels, hiddenLabels) becomes a phrase of stems. A message is folded, its chat
/// spellings expanded, stop words dropped, each word stemmed (or split as a compound, or corrected for one typo), and the
/// longest label phrases are matched left to right. A phrase right after 'geen/niet/no' or followed by 'niet meer' is
/// negated and ignored.</para>
/// <para>Scores: each match is evidence with a weight (prefLabel 0.95, altLabel 0.9, hiddenLabel 0.8; times 0.85 when
/// a typo was corrected, 0.9 for a compound part; short labels of at most three letters 0.7). A need's score is the
/// noisy-OR of its evidence, one term per matched phrase: 1 - Π(1 - w). So 0.8 means "one clear colloquial
/// mention", above 0.95 means "several independent mentions". The default cut-off 0.5 keeps one typo'd compound part
/// and drops nothing weaker: on the tuning set, needs at or above 0.5 are right about nine times in ten (see README).</para>
/// <para>With a <see cref="LearnedModel"/> (the host's default) these scores, with the message's words, are the features
/// of a model learned from labelled messages, and its probabilities decide the needs and add the crises told without
/// pattern words (<c>Learned*</c> settings). Without one, the cut-offs below decide on the scores themselves.</para>
/// <para>All tables are built once in the constructor into frozen collections; a message costs a few look-ups per word.</para>
/// </remarks>
public sealed class LocalRecognizer : IRecognizer, ICrisisCheck, IDisposable
{
    private const double TypoFactor = 0.85;
    private const double CompoundFactor = 0.9;
    private const double CrisisEvidence = 0.9;
    private const double GapFactor = 0.85;
    private const double BroadWordWeight = 0.9;
    private const double ContextWeight = 0.45;
    private const int AbilityReach = 3; // 'ik red het financieel niet meer': 'red' three words before 'niet'.
    private const int CopulaReach = 2; // 'voel me niet eenzaam'.

    private static readonly FrozenDictionary<CrisisKind, string> CrisisNeed = new Dictionary<CrisisKind, string>
    {
        [CrisisKind.Suicide] = "psyche",
        [CrisisKind.Violence] = "veiligheid",
        [CrisisKind.ChildInDanger] = "veiligheid",
        [CrisisKind.NoShelterTonight] = "wonen",
        [CrisisKind.MedicalEmergency] = "gezondheid",
    }.ToFrozenDictionary();

    private readonly HelpTaxonomy _taxonomy;
    private readonly CrisisDetector _crisis;
    private readonly LocalRecognizerOptions _options;
    private readonly LearnedModel? _learned;
    private readonly DutchStems _stems = new();
    private readonly FrozenDictionary<string, LabelHit[]> _phrases;
    private readonly FrozenSet<string> _stemVocabulary;
    private readonly FrozenDictionary<string, string> _wordStem;
    private readonly TypoIndex _typos;
    private readonly int _maxPhraseLength;

    public LocalRecognizer(HelpTaxonomy taxonomy, CrisisDetector crisis, LocalRecognizerOptions? options = null, LearnedModel? learned = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(crisis);
        _taxonomy = taxonomy;
        _crisis = crisis;
        _options = options ?? new LocalRecognizerOptions();
        _learned = learned;

        var labels = new List<(string Concept, string Need, string Text, double Weight, bool IsContext)>();
        foreach (var concept in taxonomy.Concepts)
        {
            var need = taxonomy.NeedOf(concept.Id)!.Id;
            labels.Add((concept.Id, need, concept.PrefLabel, 0.95, false));
            labels.AddRange(concept.AltLabels.Select(l => (concept.Id, need, l, 0.9, false)));
            labels.AddRange(concept.HiddenLabels.Select(l => (concept.Id, need, l, 0.8, false)));
            labels.AddRange(concept.ContextLabels.Select(l => (concept.Id, need, l, ContextWeight, true)));
            if (!concept.IsNeed)
            {
                // A narrower concept's id is itself a good word ('huurachterstand', 'dementie', 'deurwaarder').
                labels.Add((concept.Id, need, concept.Id.Replace('-', ' '), 0.9, false));
            }
        }

        var labelWords = labels.Select(l => Content(DutchText.Words(l.Text))).ToList();
        var allWords = labelWords.SelectMany(w => w).Distinct(StringComparer.Ordinal).ToList();
        _stems.Preload(allWords);
        _wordStem = allWords.ToFrozenDictionary(w => w, _stems.Stem, StringComparer.Ordinal);
        _stemVocabulary = _wordStem.Values.ToFrozenSet(StringComparer.Ordinal);
        _typos = new TypoIndex(allWords);

        // A context label overrides the concept's other labels with the same stems: 'Ouder worden' is left with just
        // 'ouder' once its small words are dropped, and that word alone is about who, not what.
        var contextKeys = labels.Select((l, i) => (l, i)).Where(x => x.l.IsContext && labelWords[x.i].Count > 0)
            .Select(x => (x.l.Concept, Key: StemKey(labelWords[x.i])))
            .ToHashSet();
        var phrases = new Dictionary<string, Dictionary<string, LabelHit>>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            var words = labelWords[i];
            if (words.Count == 0)
            {
                continue;
            }

            var key = StemKey(words);
            var isContext = contextKeys.Contains((labels[i].Concept, key));
            // Single words on a top-level need are broad ('wonen', 'geld'): enough on their own, but weaker than a
            // specific label, so a side remark does not outrank the message's subject.
            var weight = isContext ? ContextWeight
                : words.Count == 1 && words[0].Length <= 3 ? 0.7
                : words.Count == 1 && labels[i].Concept == labels[i].Need ? BroadWordWeight
                : labels[i].Weight;
            if (!phrases.TryGetValue(key, out var byConcept))
            {
                phrases[key] = byConcept = new Dictionary<string, LabelHit>(StringComparer.Ordinal);
            }

            var hit = new LabelHit(labels[i].Concept, labels[i].Need, weight, isContext);
            if (!byConcept.TryGetValue(labels[i].Concept, out var existing) || existing.Weight < weight)
            {
                byConcept[labels[i].Concept] = hit;
            }

            _maxPhraseLength = Math.Max(_maxPhraseLength, words.Count);
        }

        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.Values.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>How many distinct label phrases the recognizer knows.</summary>
    public int PhraseCount => _phrases.Count;

    public ValueTask<Recognition> RecognizeAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Recognize(text));
    }

    /// <summary>The synchronous core of <see cref="RecognizeAsync"/>: pure CPU work, no I/O.</summary>
    public Recognition Recognize(string text)
    {
        var evidence = Evidence(text);
        Recognition recognition;
        if (_learned is not null)
        {
            recognition = Decide(evidence, _learned.Predict(Features(text, evidence)));
        }
        else
        {
            var needs = ChooseNeeds(evidence.NeedScores, _options.MinNeedScore, _options.MaxGapFromBest);
            recognition = new Recognition(needs, ConceptsOf(evidence, needs), evidence.Urgency);
        }

        return recognition.IsVague || !DocumentOnly.IsAllItSays(text) ? recognition : recognition with { Needs = [], Concepts = [] };
    }

    /// <summary>The crisis check of a message alone: the patterns, and the learned model when one is loaded.</summary>
    public Urgency Detect(string text) => _learned is null ? _crisis.Detect(text) : Recognize(text).Urgency;

    /// <summary>What the labels and crisis patterns find in <paramref name="text"/>, before any cut-off.</summary>
    /// <remarks>The learned model reads this evidence as features, in training and in use alike.</remarks>
    public LexicalEvidence Evidence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The kinds of the signals alone are evidence: the learned model was trained on them (CrisisDetector.DecisionSigns).
        var urgency = _crisis.Detect(text, out var signals);
        var tokens = Tokenize(text);

        // Per need and per concept: the product of (1 - w) over matched phrases (noisy-OR complement).
        var needMiss = new Dictionary<string, double>(StringComparer.Ordinal);
        var conceptMiss = new Dictionary<string, double>(StringComparer.Ordinal);
        var specific = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var length = Math.Min(_maxPhraseLength, tokens.Count - i); length >= 1 && matched == 0; length--)
            {
                if (!_phrases.TryGetValue(Key(tokens, i, length), out var hits))
                {
                    continue;
                }

                matched = length;
                if (IsNegated(tokens, i, length))
                {
                    break;
                }

                var factor = 1.0;
                var past = false;
                for (var k = i; k < i + length; k++)
                {
                    factor = Math.Min(factor, tokens[k].Factor);
                    past |= tokens[k].InPast;
                }

                AddEvidence(hits, factor, needMiss, conceptMiss, past ? null : specific);
            }

            // Residents put a word between the parts of a label ('voel me nog slecht'): a two-word label still counts
            // across one other word, a little weaker.
            if (matched == 0 && i + 2 < tokens.Count && !tokens[i].IsNegator && !tokens[i + 1].IsBoundary && !tokens[i].OpensCompound
                && _phrases.TryGetValue(tokens[i].Stem + " " + tokens[i + 2].Stem, out var gapped))
            {
                var factor = Math.Min(Math.Min(tokens[i].Factor, tokens[i + 2].Factor), GapFactor);
                AddEvidence(gapped, factor, needMiss, conceptMiss, tokens[i].InPast || tokens[i + 2].InPast ? null : specific);
            }

            i += Math.Max(matched, 1);
        }

        foreach (var kind in signals.Kinds)
        {
            var need = CrisisNeed[kind];
            needMiss[need] = needMiss.GetValueOrDefault(need, 1.0) * (1 - CrisisEvidence);
            specific.Add(need);
        }

        // Words about who or where ('mijn kinderen', 'ik woon alleen') name the need only when nothing else does.
        if (specific.Count > 0)
        {
            foreach (var need in needMiss.Keys.Where(n => !specific.Contains(n)).ToList())
            {
                needMiss.Remove(need);
            }
        }

        var needScores = needMiss.ToDictionary(p => p.Key, p => Math.Round(1 - p.Value, 3), StringComparer.Ordinal);
        var conceptScores = conceptMiss
            .Where(p => needScores.ContainsKey(_taxonomy.NeedOf(p.Key)!.Id))
            .ToDictionary(p => p.Key, p => Math.Round(1 - p.Value, 3), StringComparer.Ordinal);
        return new LexicalEvidence(needScores, conceptScores, urgency);
    }

    // With a learned model the scores are its probabilities: how often, on the messages it learned from, a need with
    // this score was right; a message the model finds names no need gets none. The patterns' crisis signal stands unless
    // the model is nearly sure there is none, and always for the narrow signs never said calmly (Urgency.Sure); the model
    // adds the crises told without pattern words, and marks the ones it cannot be sure of, and the pattern matches it
    // takes back, as possible.
    private Recognition Decide(LexicalEvidence evidence, NeedProbabilities probabilities)
    {
        var needs = probabilities.NoNeeds >= _options.LearnedNoNeedsScore
            ? []
            : ChooseNeeds(probabilities.Needs, _options.LearnedMinScore, _options.LearnedMaxGap);
        var urgency = evidence.Urgency;
        if (!urgency.Urgent && probabilities.Urgent >= _options.LearnedUrgentScore)
        {
            urgency = new Urgency(true, [KindOf(needs, probabilities)]);
        }
        else if (urgency.Urgent && !urgency.Sure && probabilities.Urgent < CalmScoreFor(urgency)
            && probabilities.KnownWords >= _options.LearnedCalmMinKnownWords)
        {
            // A pattern's word with the model nearly sure there is no crisis: no help lines, but the dialog still asks.
            urgency = Urgency.None with { Possible = true };
        }

        if (!urgency.Urgent && probabilities.Urgent >= _options.LearnedAskScore)
        {
            urgency = urgency with { Possible = true };
        }

        return new Recognition(needs, ConceptsOf(evidence, needs), urgency);
    }

    private double CalmScoreFor(Urgency urgency) => urgency.Kinds.Contains(CrisisKind.Suicide)
        ? Math.Min(_options.LearnedCalmScore, _options.LearnedCalmScoreForSuicide)
        : _options.LearnedCalmScore;

    // The needs at or above the cut-off and near enough the best one, best first, with their scores to three decimals.
    private List<ScoredConcept> ChooseNeeds(IReadOnlyDictionary<string, double> scores, double minScore, double maxGap)
    {
        var best = scores.Count == 0 ? 0 : scores.Values.Max();
        return scores
            .Select(p => (Id: p.Key, Score: Math.Round(p.Value, 3)))
            .Where(p => p.Score >= minScore && best - p.Score <= maxGap)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(_options.MaxNeeds)
            .Select(p => new ScoredConcept(p.Id, _taxonomy.Find(p.Id)!.PrefLabel, p.Score))
            .ToList();
    }

    // A crisis the model sees without a pattern naming its kind: the likeliest need decides which line comes first.
    private static CrisisKind KindOf(IReadOnlyList<ScoredConcept> needs, NeedProbabilities probabilities)
    {
        var ids = needs.Count > 0 ? needs.Select(n => n.Id).ToList() : [probabilities.Needs.MaxBy(p => p.Value).Key];
        return ids[0] switch
        {
            "psyche" => CrisisKind.Suicide,
            "veiligheid" when ids.Contains("opvoeding") => CrisisKind.ChildInDanger,
            "veiligheid" => CrisisKind.Violence,
            "opvoeding" => CrisisKind.ChildInDanger,
            "wonen" => CrisisKind.NoShelterTonight,
            _ => CrisisKind.MedicalEmergency,
        };
    }

    /// <summary>The narrower concepts of the chosen needs, best first.</summary>
    internal List<ScoredConcept> ConceptsOf(LexicalEvidence evidence, IReadOnlyList<ScoredConcept> needs)
    {
        var needIds = needs.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return evidence.ConceptScores
            .Where(p => p.Value >= _options.MinNeedScore && needIds.Contains(_taxonomy.NeedOf(p.Key)!.Id))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(_options.MaxConcepts)
            .Select(p => new ScoredConcept(p.Key, _taxonomy.Find(p.Key)!.PrefLabel, p.Value))
            .ToList();
    }

    /// <summary>The features the learned model reads: the lexicon's evidence and the message's own words.</summary>
    public MessageFeatures Features(string text, LexicalEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var words = DutchText.Words(text);
        var stems = new string[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            stems[w] = _wordStem.TryGetValue(words[w], out var known) ? known : _stems.Stem(words[w]);
        }

        return MessageFeatures.Of(evidence, words, stems);
    }

    public void Dispose() => _stems.Dispose();

    // One matched phrase is one piece of evidence per need, however many concepts of that need share the label.
    private static void AddEvidence(
        LabelHit[] hits, double factor, Dictionary<string, double> needMiss, Dictionary<string, double> conceptMiss, HashSet<string>? specific)
    {
        var bestPerNeed = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var w = hit.Weight * factor;
            bestPerNeed[hit.Need] = Math.Max(bestPerNeed.GetValueOrDefault(hit.Need), w);
            if (!hit.IsContext && specific is not null)
            {
                specific.Add(hit.Need);
            }

            if (hit.Concept != hit.Need)
            {
                conceptMiss[hit.Concept] = conceptMiss.GetValueOrDefault(hit.Concept, 1.0) * (1 - w);
            }
        }

        foreach (var (need, w) in bestPerNeed)
        {
            needMiss[need] = needMiss.GetValueOrDefault(need, 1.0) * (1 - w);
        }
    }

    private string StemKey(List<string> words) => string.Join(' ', words.Select(w => _wordStem[w]));

    private static List<string> Content(List<string> words) => [.. words.Where(w => !StopWords.All.Contains(w))];

    private static string Key(List<Token> tokens, int start, int length)
    {
        if (length == 1)
        {
            return tokens[start].Stem;
        }

        var parts = new string[length];
        for (var k = 0; k < length; k++)
        {
            parts[k] = tokens[start + k].Stem;
        }

        return string.Join(' ', parts);
    }

    // Only a clear "no longer" negates: 'geen schulden meer', 'niet meer drinken', 'drink niet meer'. A bare 'geen'
    // usually names the problem itself ('geen huisarts', 'geen werk'), so it does not negate; neither does a 'niet meer'
    // after 'kan', 'red', 'gaat' ('kan het niet meer aan', 'gaat niet meer naar school'): what someone can no longer
    // do is the problem.
    private static bool IsNegated(List<Token> tokens, int start, int length)
    {
        if (tokens[start].IsNegator)
        {
            return false; // The label itself carries the negation: 'geen geld', 'zonder werk'.
        }

        var after = start + length;
        var meerAfter = after < tokens.Count && tokens[after].Stem == "meer";
        if (start > 0 && tokens[start - 1].IsNegator && !tokens[start - 1].CanNoLonger && meerAfter)
        {
            return true;
        }

        if (start > 1 && tokens[start - 1].Stem == "meer" && tokens[start - 2].IsNegator && !tokens[start - 2].CanNoLonger)
        {
            return true;
        }

        // 'ik ben niet ziek', 'voel me niet eenzaam': a state denied. Not for good states: 'niet gezond' is the problem.
        if (start > 0 && tokens[start - 1].IsNegator && tokens[start - 1].AfterCopula && !StopWords.GoodStates.Contains(tokens[start].Stem))
        {
            return true;
        }

        // 'drink niet meer', 'drinken doe ik niet meer' only when the sentence ends there or turns ('..., maar ...'): in
        // 'hoofd zit vol en ik kan niet meer ontspannen' the 'niet meer' belongs to what follows.
        return EndsWithNoLonger(tokens, after) || EndsWithNoLonger(tokens, after + 1);
    }

    private static bool EndsWithNoLonger(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].IsNegator && !tokens[at].CanNoLonger && tokens[at + 1].Stem == "meer"
        && (at + 2 == tokens.Count || tokens[at + 2].IsBoundary || tokens[at + 2].Stem is "maar" or "but");

    // Sentences are tokenized apart with a boundary token between them, so that neither a phrase nor a negation reaches
    // into the next sentence ('... kom de trap niet meer op. Kan er een traplift komen?').
    private List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var sentence in DutchText.Sentences(text))
        {
            if (tokens.Count > 0 && !tokens[^1].IsBoundary)
            {
                tokens.Add(Token.Boundary);
            }

            TokenizeSentence(sentence, tokens);
        }

        return tokens;
    }

    // Clauses about the past only ('vroeger dronk ik veel, nu ...') give context, not the subject.
    private void TokenizeSentence(string sentence, List<Token> tokens)
    {
        foreach (var clause in sentence.Split(','))
        {
            var words = DutchText.Words(clause);
            var first = tokens.Count;
            TokenizeClause(words, tokens);
            if (TimeWords.IsPastOnly(words))
            {
                for (var k = first; k < tokens.Count; k++)
                {
                    tokens[k] = tokens[k] with { InPast = true };
                }
            }
        }
    }

    private void TokenizeClause(List<string> words, List<Token> tokens)
    {
        var lastAbility = -AbilityReach - 1;
        var lastCopula = -CopulaReach - 1;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (StopWords.Ability.Contains(word))
            {
                lastAbility = w;
            }
            else if (StopWords.Copulas.Contains(word))
            {
                lastCopula = w;
            }

            if (StopWords.Negators.Contains(word))
            {
                tokens.Add(new Token(word, 1.0, true, w - lastAbility <= AbilityReach, w - lastCopula <= CopulaReach));
                continue;
            }

            if (StopWords.All.Contains(word))
            {
                continue;
            }

            if (word is "meer" or "maar")
            {
                tokens.Add(new Token(word, 1.0, false)); // Kept as is: they mark where a negation ends.
                continue;
            }

            if (_wordStem.TryGetValue(word, out var known))
            {
                tokens.Add(new Token(known, 1.0, false));
                continue;
            }

            var stem = _stems.Stem(word);
            if (_stemVocabulary.Contains(stem))
            {
                tokens.Add(new Token(stem, 1.0, false));
            }
            else if (TrySplit(word, tokens, 0))
            {
                // The compound's parts were added.
            }
            else if (_typos.Correct(word) is { } corrected)
            {
                tokens.Add(new Token(_wordStem[corrected], TypoFactor, false));
            }
            else
            {
                tokens.Add(new Token(stem, 1.0, false)); // Unknown, but it still separates the phrases around it.
            }
        }

    }

    // Dutch glues words together: 'mantelzorgondersteuning' = 'mantelzorg' + 'ondersteuning'. Longest known head first,
    // with the linking -s- or -e- dropped; the tail may itself be a compound.
    private bool TrySplit(string word, List<Token> tokens, int depth)
    {
        if (depth > 2 || word.Length < 6)
        {
            return false;
        }

        for (var split = word.Length - 3; split >= 3; split--)
        {
            var head = HeadStem(word[..split]);
            if (head is null)
            {
                continue;
            }

            var tail = word[split..];
            var tailStem = _stems.Stem(tail);
            if (_stemVocabulary.Contains(tailStem))
            {
                tokens.Add(new Token(head, CompoundFactor, false) { OpensCompound = true });
                tokens.Add(new Token(tailStem, CompoundFactor, false));
                return true;
            }

            var before = tokens.Count;
            tokens.Add(new Token(head, CompoundFactor, false) { OpensCompound = true });
            if (TrySplit(tail, tokens, depth + 1))
            {
                return true;
            }

            tokens.RemoveRange(before, tokens.Count - before);
        }

        return false;
    }

    private string? HeadStem(string head)
    {
        if (_wordStem.TryGetValue(head, out var stem))
        {
            return stem;
        }

        if (head.Length > 4 && (head[^1] == 's' || head[^1] == 'e') && _wordStem.TryGetValue(head[..^1], out stem))
        {
            return stem;
        }

        return null;
    }

    private readonly record struct Token(string Stem, double Factor, bool IsNegator, bool CanNoLonger = false, bool AfterCopula = false)
    {
        /// <summary>Between two sentences: matches no label, and negations stop there.</summary>
        public static Token Boundary { get; } = new(".", 0, false);

        public bool IsBoundary => Stem == ".";

        /// <summary>In a clause about the past only: its labels give context, not the subject.</summary>
        public bool InPast { get; init; }

        /// <summary>A compound's head: the word-between match must not take its tail for the word between
        /// ('slaapkamer niet' is not 'slaap ... niet').</summary>
        public bool OpensCompound { get; init; }
    }

    private sealed record LabelHit(string Concept, string Need, double Weight, bool IsContext);
}
