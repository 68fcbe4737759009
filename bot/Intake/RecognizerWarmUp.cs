using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Builds the recognizer while the host starts, so the first resident does not wait for it.</summary>
/// <remarks>
/// Building the label tables and the Dutch stemmer costs about 100 ms the first time. Done here, <c>/healthz</c>
/// answering means the taxonomy is loaded and the recognizer is ready, which is what a readiness probe should mean.
/// <para>The work starts on a thread of its own as soon as the host's services exist (<see cref="Begin"/>, from
/// <see cref="IntakeSetup.BeginLoading"/>), beside the main thread mapping the endpoints; the host listens only once it
/// is done. That is why the services are resolved here, on that thread, and not in the constructor. A thread of its own,
/// not the pool's: the pool's few threads stay free for requests and timers (a test host's typing timer fired late while
/// this held one of them).</para>
/// <para>Only the local recognizer gets a message: a language model, when configured, is built but not called, so a
/// slow or unreachable endpoint never holds up the start.</para>
/// </remarks>
internal sealed class RecognizerWarmUp(IServiceProvider services) : IHostedService
{
    private readonly Lazy<Task> _work = new(() => Task.Factory.StartNew(() =>
    {
        GC.KeepAlive(services.GetRequiredService<IRecognizer>()); // Builds the one the dialogs and the API share.
        var local = services.GetRequiredService<LocalRecognizer>();
        local.Recognize("hallo"); // One message runs every table once; its answer is of no interest.
        // A message with needs takes paths 'hallo' does not (stemming, concepts, the model's features), whose first
        // compilation cost the first resident about 130 ms; done on the other core while the host starts listening.
        _ = Task.Run(() => local.Recognize("ik heb geen werk meer en de huurachterstand loopt op, mijn buurvrouw helpt soms"), CancellationToken.None);
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>Starts the work, once; later calls return the same task.</summary>
    public Task Begin() => _work.Value;

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
