namespace FibroTrack.Data;

/// <summary>
/// Lets one write transaction at a time through where the database allows only one writer (SQLite), and everybody
/// through where it does not (PostgreSQL). SQLite would serialize the writers anyway, but a writer that finds the
/// database locked waits inside the driver, blocking its thread (Microsoft.Data.Sqlite retries every 150 ms); under
/// concurrent saves that starved the thread pool. Waiting here is asynchronous and costs no thread
/// (docs/performance.md, "Server under load"). Take it around the whole transaction, and never while holding it.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim? _single;

    private WriteGate(bool serialize) => _single = serialize ? new SemaphoreSlim(1, 1) : null;

    /// <summary>A gate that admits one writer at a time (SQLite).</summary>
    public static WriteGate SingleWriter() => new(serialize: true);

    /// <summary>A gate that never waits (a database with row-level locking).</summary>
    public static WriteGate Open() => new(serialize: false);

    /// <summary>Waits for this caller's turn; disposing the result lets the next writer in.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (_single is null)
        {
            return NoTurn.Instance;
        }

        await _single.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_single);
    }

    /// <summary>
    /// Waits for this caller's turn, blocking the thread: only for a caller on a thread of its own (the SQLite checkpoint),
    /// never on the thread pool.
    /// </summary>
    public IDisposable Enter(CancellationToken cancellationToken)
    {
        if (_single is null)
        {
            return NoTurn.Instance;
        }

        _single.Wait(cancellationToken);
        return new Turn(_single);
    }

    public void Dispose() => _single?.Dispose();

    private sealed class Turn(SemaphoreSlim single) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                single.Release();
            }
        }
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
