namespace Bouwmarkt.Bot.Knowledge.Recognition.Quality;

/// <summary>The figures of a recognizer on a labelled message set, computed as the eval script does.</summary>
/// <remarks>Recall@3: required needs among the first three answered. Precision: answered needs that are required or
/// also defensible. Urgent missed and false alarms against the <c>urgent</c> label; vague messages (no needs) that got
/// needs anyway.</remarks>
public sealed record RecognitionScore(double RecallAt3, double Precision, int UrgentMissed, int UrgentTotal, int FalseAlarms, int NonUrgentTotal, int VagueWithNeeds)
{
    public static async Task<RecognitionScore> ComputeAsync(IRecognizer recognizer, IReadOnlyList<LabelledMessage> messages, CancellationToken cancellationToken = default) =>
        Of(messages, await RecognizeAllAsync(recognizer, messages, cancellationToken).ConfigureAwait(false));

    /// <summary>The recognizer's answer to each message, in order: for a caller that scores them (<see cref="Of"/>) and
    /// also looks at them one by one, so each message is recognized once.</summary>
    public static async Task<IReadOnlyList<Recognition>> RecognizeAllAsync(IRecognizer recognizer, IReadOnlyList<LabelledMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(messages);
        var results = new Recognition[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            results[i] = await recognizer.RecognizeAsync(messages[i].Text, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>The figures of answers already given, <paramref name="results"/>[i] being the answer to
    /// <paramref name="messages"/>[i].</summary>
    public static RecognitionScore Of(IReadOnlyList<LabelledMessage> messages, IReadOnlyList<Recognition> results)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count != messages.Count)
        {
            throw new ArgumentException($"{results.Count} answers for {messages.Count} messages.", nameof(results));
        }

        int relevant = 0, found = 0, returned = 0, correct = 0, urgentMissed = 0, urgentTotal = 0, falseAlarms = 0, vagueWithNeeds = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var result = results[i];
            var got = result.Needs.Select(n => n.Id).ToList();
            var ok = message.Needs.Concat(message.AlsoOk).ToHashSet(StringComparer.Ordinal);
            relevant += message.Needs.Count;
            found += message.Needs.Count(n => got.Take(3).Contains(n));
            returned += got.Count;
            correct += got.Count(ok.Contains);
            if (message.Needs.Count == 0 && got.Count > 0)
            {
                vagueWithNeeds++;
            }

            if (message.Urgent)
            {
                urgentTotal++;
                urgentMissed += result.Urgency.Urgent ? 0 : 1;
            }
            else
            {
                falseAlarms += result.Urgency.Urgent ? 1 : 0;
            }
        }

        return new RecognitionScore(
            relevant == 0 ? 1 : (double)found / relevant,
            returned == 0 ? 1 : (double)correct / returned,
            urgentMissed, urgentTotal, falseAlarms, messages.Count - urgentTotal, vagueWithNeeds);
    }

    /// <summary>Issue 5's targets: recall@3 and precision at least 0.90, no crisis missed, at most 2 % false alarms,
    /// no vague message given needs.</summary>
    public bool MeetsTargets =>
        RecallAt3 >= 0.90 && Precision >= 0.90 && UrgentMissed == 0 && FalseAlarms <= 0.02 * NonUrgentTotal && VagueWithNeeds == 0;

    public override string ToString() =>
        FormattableString.Invariant($"recall@3={RecallAt3:F3} precision={Precision:F3} urgent missed {UrgentMissed}/{UrgentTotal} false alarms {FalseAlarms}/{NonUrgentTotal} vague with needs {VagueWithNeeds}");
}
