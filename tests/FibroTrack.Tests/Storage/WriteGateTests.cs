using FibroTrack.Data;

namespace FibroTrack.Tests.Storage;

public sealed class WriteGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SingleWriter_SecondWriterWaitsUntilTheFirstLeaves()
    {
        using var gate = WriteGate.SingleWriter();
        var first = await gate.EnterAsync(Ct);

        var second = gate.EnterAsync(Ct);
        await Task.Delay(50, Ct);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var entered = await second.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task SingleWriter_LeavingTwiceLetsOnlyOneWriterIn()
    {
        using var gate = WriteGate.SingleWriter();
        var first = await gate.EnterAsync(Ct);
        var second = gate.EnterAsync(Ct);
        var third = gate.EnterAsync(Ct);

        first.Dispose();
        first.Dispose();
        using var entered = await second.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        await Task.Delay(50, Ct);
        Assert.False(third.IsCompleted);
    }

    [Fact]
    public async Task SingleWriter_CancelledWaiterDoesNotHoldTheGate()
    {
        using var gate = WriteGate.SingleWriter();
        var first = await gate.EnterAsync(Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync(cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        using var next = await gate.EnterAsync(Ct).WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task SingleWriter_BlockingEnter_WaitsForAnAsyncWriter_AndTheyExcludeEachOther()
    {
        using var gate = WriteGate.SingleWriter();
        var first = await gate.EnterAsync(Ct);

        var blocking = Task.Run(() => gate.Enter(Ct), Ct);
        await Task.Delay(50, Ct);
        Assert.False(blocking.IsCompleted);

        first.Dispose();
        using (await blocking.WaitAsync(TimeSpan.FromSeconds(5), Ct))
        {
            var after = gate.EnterAsync(Ct);
            await Task.Delay(50, Ct);
            Assert.False(after.IsCompleted);
        }
    }

    [Fact]
    public async Task Open_NeverWaits()
    {
        using var gate = WriteGate.Open();
        using var first = await gate.EnterAsync(Ct);
        var second = gate.EnterAsync(Ct);
        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }
}
