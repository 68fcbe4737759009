namespace Bouwmarkt.Bot.Storage;

/// <summary>Registers and maps the Storage feature.</summary>
public static class StorageSetup
{
    public static WebApplicationBuilder AddBotStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
