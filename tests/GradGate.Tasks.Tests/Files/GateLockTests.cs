using GradGate.Gate.Files;
using GradGate.Tasks.Files;
using GradGate.Tasks.Tests.Infrastructure;

namespace GradGate.Tasks.Tests.Files;

/// <summary>The lock that makes two builds of one project take turns; held and released as a second build would see it.</summary>
public sealed class GateLockTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string LockPath => _scratch.File("obj/gradgate/gate.lock");

    [Fact]
    public async Task A_second_holder_waits_until_the_first_releases_the_lock()
    {
        var first = GateLock.Take(LockPath, "Net.csproj", CancellationToken.None, _ => { })!;
        var second = Task.Run(() => GateLock.Take(LockPath, "Net.csproj", CancellationToken.None, _ => { }));

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(second.IsCompleted);
        first.Dispose();

        using var taken = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(taken);
        Assert.Null(ExclusiveFileLock.TryTake(LockPath));
    }

    [Fact]
    public void A_build_cancelled_while_it_waits_gets_no_lock_and_the_holder_keeps_it()
    {
        using var holder = GateLock.Take(LockPath, "Net.csproj", CancellationToken.None, _ => { })!;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var taken = GateLock.Take(LockPath, "Net.csproj", cancellation.Token, _ => { });

        Assert.Null(taken);
        Assert.Null(ExclusiveFileLock.TryTake(LockPath));
    }

    [Fact]
    public void The_waiting_build_says_so_after_a_few_seconds_naming_the_project_and_the_lock()
    {
        var notices = new List<string>();
        using var holder = GateLock.Take(LockPath, "Net.csproj", CancellationToken.None, _ => { })!;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(4));

        GateLock.Take(LockPath, "Net.csproj", cancellation.Token, notices.Add);

        var notice = Assert.Single(notices);
        Assert.StartsWith("GradGate: waiting for another build of Net.csproj to finish its gradient checks (3 s so far)", notice, StringComparison.Ordinal);
        Assert.Contains(LockPath, notice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_task_hands_the_lock_to_the_report_task_of_the_same_build()
    {
        var engine = new RecordingBuildEngine();
        var held = GateLock.Take(LockPath, "Net.csproj", CancellationToken.None, _ => { })!;

        GateLock.HandOver(engine, LockPath, held);

        Assert.Null(ExclusiveFileLock.TryTake(LockPath));
        using (var takenOver = GateLock.TakeOver(engine, LockPath))
        {
            Assert.Same(held, takenOver);
            Assert.Null(GateLock.TakeOver(engine, LockPath));
        }

        using var free = ExclusiveFileLock.TryTake(LockPath);
        Assert.NotNull(free);
    }
}
