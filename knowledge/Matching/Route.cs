namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>The four routes of the sociale wandelkaart, lightest first (the order the Wmo prescribes).</summary>
public enum Route
{
    /// <summary>Everyday public facilities: library, community centre, school, GP, information.</summary>
    Basis = 0,

    /// <summary>The resident's own network and buddies.</summary>
    Netwerk = 1,

    /// <summary>Volunteer and citizen initiatives.</summary>
    Initiatief = 2,

    /// <summary>Tailored support: wijkteam, Wmo, Jeugdwet, schuldhulpverlening.</summary>
    Maatwerk = 3,
}
