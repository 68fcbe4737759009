using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Protocol.Turns;

/// <summary>Sees outgoing activities before they are delivered; call <paramref name="next"/> to deliver.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, IReadOnlyList<Activity> activities, Func<Task<ResourceResponse[]>> next);
