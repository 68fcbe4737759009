namespace Bouwmarkt.Bot.Hosting;

/// <summary>A piece of the start that begins as soon as the host's services exist (<see cref="Begin"/>, from
/// <see cref="StartUpWorkSetup.BeginStartUpWork"/>), beside the main thread mapping the endpoints, and that the host
/// waits for before it listens (<see cref="StartAsync"/>). Registered with
/// <see cref="StartUpWorkSetup.AddStartUpWork{TWork}"/>.</summary>
/// <remarks>
/// The work resolves its services when it runs, on its own thread, not in the constructor. It gets a thread of its own,
/// not the pool's: the pool's few threads stay free for requests and timers (a test host's typing timer fired late while
/// this work held one of them).
/// </remarks>
internal abstract class StartUpWork : IHostedService
{
    private readonly Lazy<Task> _work;

    protected StartUpWork() =>
        _work = new(() => Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>Starts the work, once; later calls return the same task.</summary>
    public Task Begin() => _work.Value;

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The work itself.</summary>
    protected abstract void Run();
}
