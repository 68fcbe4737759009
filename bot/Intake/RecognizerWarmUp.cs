using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Builds the recognizer while the host starts, so the first resident does not wait for it.</summary>
/// <remarks>
/// Building the label tables and the Dutch stemmer costs about 100 ms the first time. Done here, <c>/healthz</c>
/// answering means the taxonomy is loaded and the recognizer is ready, which is what a readiness probe should mean.
/// <para>Only the local recognizer gets a message: a language model, when configured, is built but not called, so a
/// slow or unreachable endpoint never holds up the start.</para>
/// </remarks>
internal sealed class RecognizerWarmUp(LocalRecognizer local, IRecognizer recognizer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(recognizer); // Resolving it builds the one the dialogs and the API share.
        local.Recognize("hallo"); // One message runs every table once; its answer is of no interest.
        // A message with needs takes paths 'hallo' does not (stemming, concepts, the model's features), whose first
        // compilation cost the first resident about 130 ms; done on the other core while the host starts listening.
        _ = Task.Run(() => local.Recognize("ik heb geen werk meer en de huurachterstand loopt op, mijn buurvrouw helpt soms"), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
