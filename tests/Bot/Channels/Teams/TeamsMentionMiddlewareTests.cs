using Bouwmarkt.Bot.Channels.Teams;
using Bouwmarkt.Bot.Protocol.Schema;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.Teams;

public sealed class TeamsMentionMiddlewareTests
{
    private static readonly ChannelAccount Bot = new(TeamsActivities.BotId, TeamsActivities.BotName);

    [Theory]
    [InlineData("<at>Hulpwijzer</at> ik heb schulden", "ik heb schulden")]
    [InlineData("ik heb schulden <at>Hulpwijzer</at>", "ik heb schulden")]
    [InlineData("ik heb <at>Hulpwijzer</at>  schulden", "ik heb schulden")]
    [InlineData("<at>Hulpwijzer</at>", "")]
    public void BotMention_WithEntity_IsRemoved(string text, string expected)
    {
        Assert.Equal(expected, TeamsMentionMiddleware.StripMentions(text, [TeamsActivities.Mention(TeamsActivities.BotId, TeamsActivities.BotName)], Bot));
    }

    [Fact]
    public void BotMention_WithoutEntity_IsRemovedByName()
    {
        Assert.Equal("hallo", TeamsMentionMiddleware.StripMentions("<at>hulpwijzer</at> hallo", null, Bot));
    }

    [Fact]
    public void OtherPeoplesMentions_KeepTheNameWithoutTags()
    {
        var entities = new[] { TeamsActivities.Mention(TeamsActivities.BotId, TeamsActivities.BotName), TeamsActivities.Mention("29:jan", "Jan") };

        Assert.Equal("mijn buurman Jan is eenzaam", TeamsMentionMiddleware.StripMentions("<at>Hulpwijzer</at> mijn buurman <at>Jan</at> is eenzaam", entities, Bot));
    }
}
