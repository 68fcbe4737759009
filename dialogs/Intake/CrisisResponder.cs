using Bouwmarkt.Bot.Dialogs.Texts;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Dialogs.Intake;

/// <summary>The fixed crisis copy: the right line first (112, 113, Veilig Thuis), never generated text.</summary>
public sealed class CrisisResponder(TextCatalog texts)
{
    /// <summary>The messages for <paramref name="urgency"/>, most acute first, ending with the offer to continue.</summary>
    public IReadOnlyList<Activity> Messages(Urgency urgency)
    {
        ArgumentNullException.ThrowIfNull(urgency);
        var lines = new List<string> { texts["crisis.intro"] };
        var kinds = urgency.Kinds.Count == 0 ? [CrisisKind.MedicalEmergency] : urgency.Kinds;
        // Acute danger to life first: 112 before the other lines.
        if (kinds.Contains(CrisisKind.Violence) || kinds.Contains(CrisisKind.ChildInDanger) || kinds.Contains(CrisisKind.Suicide))
        {
            lines.Add(texts["crisis.danger"]);
        }

        foreach (var kind in kinds.Distinct().Order())
        {
            lines.Add(texts[KeyOf(kind)]);
        }

        if (kinds.Contains(CrisisKind.Violence) && kinds.Contains(CrisisKind.ChildInDanger))
        {
            lines.Remove(texts["crisis.child"]);
        }

        var message = Activity.CreateMessage(string.Join("\n\n", lines));
        message.Importance = "urgent";
        return [message, Activity.CreateMessage(texts["crisis.continue"])];
    }

    /// <summary>For a yes to 'is someone in danger now?': 112 first, then Veilig Thuis.</summary>
    public string DangerNow() => texts["crisis.danger"] + "\n\n" + texts["crisis.violence"];

    private static string KeyOf(CrisisKind kind) => kind switch
    {
        CrisisKind.Suicide => "crisis.suicide",
        CrisisKind.Violence => "crisis.violence",
        CrisisKind.ChildInDanger => "crisis.child",
        CrisisKind.NoShelterTonight => "crisis.shelter",
        _ => "crisis.medical",
    };
}
