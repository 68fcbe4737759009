using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Microsoft.Extensions.Configuration;

namespace Bouwmarkt.Bot.Commands;

/// <summary>The recognizer's decision settings as the recognizer commands read them: appsettings.json beside the
/// binaries, then environment variables (<c>Recognition__LearnedMinScore</c>), so a command scores and trains with the
/// cut-offs the host answers with.</summary>
internal static class RecognizerDecisionSettings
{
    public static LocalRecognizerOptions Read() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetSection(LocalRecognizerOptions.Section).Get<LocalRecognizerOptions>() ?? new LocalRecognizerOptions();
}
