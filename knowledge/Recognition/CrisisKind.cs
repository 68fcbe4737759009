namespace Bouwmarkt.Bot.Knowledge.Recognition;

/// <summary>The crisis signals that stop every dialog and give a help line first.</summary>
public enum CrisisKind
{
    /// <summary>Suicidal thoughts, the resident's own or someone else's: 113 (and 112 when acute).</summary>
    Suicide,

    /// <summary>Violence or a threat happening now: 112, then Veilig Thuis.</summary>
    Violence,

    /// <summary>A child in danger: Veilig Thuis, 112 when acute.</summary>
    ChildInDanger,

    /// <summary>No place to sleep tonight: the municipality's night shelter line.</summary>
    NoShelterTonight,

    /// <summary>Poisoning or an acute medical emergency: 112.</summary>
    MedicalEmergency,
}
