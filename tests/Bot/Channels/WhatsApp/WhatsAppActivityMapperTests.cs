using Bouwmarkt.Bot.Channels.WhatsApp;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.WhatsApp;

/// <summary>What the dialogs see of a WhatsApp message: the words, under a pseudonym.</summary>
public sealed class WhatsAppActivityMapperTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private static readonly IOptions<WhatsAppOptions> Options = Microsoft.Extensions.Options.Options.Create(new WhatsAppOptions
    {
        AppSecret = "secret", VerifyToken = "v", AccessToken = "a", PhoneNumberId = "1098",
    });

    private static readonly WhatsAppActivityMapper Mapper = new(new WhatsAppPseudonyms(Options), Clock, Options);

    private static WhatsAppInboundMessage Message(string type, WhatsAppText? text = null, WhatsAppInteractiveReply? interactive = null) =>
        new("31612345678", "wamid.1", "1795435200", type, text, interactive, null);

    [Fact]
    public void Text_BecomesAMessageUnderAPseudonym()
    {
        var turn = Mapper.Map(Message("text", new WhatsAppText("ik heb schulden")))!;

        Assert.Equal("ik heb schulden", turn.Activity.Text);
        Assert.Equal((ChannelIds.WhatsApp, "wamid.1"), (turn.Activity.ChannelId, turn.Activity.Id));
        Assert.StartsWith(WhatsAppPseudonyms.Prefix, turn.Activity.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal(turn.Activity.Conversation.Id, turn.Activity.From!.Id);
        Assert.DoesNotContain("612345678", turn.Activity.Conversation.Id, StringComparison.Ordinal);
        Assert.Equal(("31612345678", turn.Activity.From.Id), (turn.Phone, turn.UserKey));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795435200), turn.Activity.Timestamp);
    }

    [Theory]
    [InlineData("button_reply")]
    [InlineData("list_reply")]
    public void Reply_UsesTheIdAsText(string kind)
    {
        var reply = new WhatsAppReply("Ik maak me zorgen om iemand", "Ik maak me zorgen om…");
        var interactive = kind == "button_reply" ? new WhatsAppInteractiveReply(kind, reply, null) : new WhatsAppInteractiveReply(kind, null, reply);

        Assert.Equal("Ik maak me zorgen om iemand", Mapper.Map(Message("interactive", interactive: interactive))!.Activity.Text);
    }

    [Fact]
    public void Image_IsAMessageWithoutText_AndAReactionIsNoTurn()
    {
        Assert.Null(Mapper.Map(Message("image"))!.Activity.Text);
        Assert.Null(Mapper.Map(Message("reaction")));
    }

    [Fact]
    public void SamePhone_SamePseudonym_OtherPhone_Other()
    {
        var pseudonyms = new WhatsAppPseudonyms(Options);

        Assert.Equal(pseudonyms.For("31612345678"), pseudonyms.For("31612345678"));
        Assert.NotEqual(pseudonyms.For("31612345678"), pseudonyms.For("31612345679"));
    }

    [Fact]
    public void Signature_AsMetaComputesIt_IsValid_AndOneChangedByteIsNot()
    {
        var body = "{\"object\":\"whatsapp_business_account\"}"u8.ToArray();
        var header = WhatsAppSignature.Sign("secret", body);

        Assert.True(WhatsAppSignature.IsValid("secret", body, header));
        Assert.True(WhatsAppSignature.IsValid("secret", body, header.ToUpperInvariant().Replace("SHA256=", "sha256=", StringComparison.Ordinal)));
        body[3] ^= 1;
        Assert.False(WhatsAppSignature.IsValid("secret", body, header));
    }
}
