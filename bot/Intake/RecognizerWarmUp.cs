using Bouwmarkt.Bot.Hosting;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Builds the recognizer while the host starts, so the first resident does not wait for it.</summary>
/// <remarks>
/// Building the label tables and the Dutch stemmer costs about 100 ms the first time. Done here, <c>/healthz</c>
/// answering means the taxonomy is loaded and the recognizer is ready, which is what a readiness probe should mean.
/// <para>It is built beside the match index and the main thread mapping the endpoints (<see cref="StartUpWork"/>).</para>
/// <para>Only the local recognizer gets a message: a language model, when configured, is built but not called, so a
/// slow or unreachable endpoint never holds up the start.</para>
/// </remarks>
internal sealed class RecognizerWarmUp(IServiceProvider services) : StartUpWork
{
    protected override void Run()
    {
        GC.KeepAlive(services.GetRequiredService<IRecognizer>()); // Builds the one the dialogs and the API share.
        var local = services.GetRequiredService<LocalRecognizer>();
        local.Recognize("hallo"); // One message runs every table once; its answer is of no interest.
        // A message with needs takes paths 'hallo' does not (stemming, concepts, the model's features), whose first
        // compilation cost the first resident about 130 ms; done on the other core while the host starts listening.
        _ = Task.Run(() => local.Recognize("ik heb geen werk meer en de huurachterstand loopt op, mijn buurvrouw helpt soms"), CancellationToken.None);
    }
}
