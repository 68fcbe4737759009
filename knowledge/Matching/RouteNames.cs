namespace Bouwmarkt.Bot.Knowledge.Matching;

/// <summary>The lower-case route codes used in files and in the API ("basis", "netwerk", ...).</summary>
public static class RouteNames
{
    public static string ToCode(Route route) => route switch
    {
        Route.Basis => "basis",
        Route.Netwerk => "netwerk",
        Route.Initiatief => "initiatief",
        Route.Maatwerk => "maatwerk",
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };

    public static bool TryParse(string? code, out Route route)
    {
        switch (code)
        {
            case "basis": route = Route.Basis; return true;
            case "netwerk": route = Route.Netwerk; return true;
            case "initiatief": route = Route.Initiatief; return true;
            case "maatwerk": route = Route.Maatwerk; return true;
            default: route = default; return false;
        }
    }
}
