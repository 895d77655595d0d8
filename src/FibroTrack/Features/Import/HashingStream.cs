using System.Security.Cryptography;

namespace FibroTrack.Features.Import;

/// <summary>The file was larger than <see cref="ImportOptions.MaxBytes"/>.</summary>
internal sealed class ImportTooLargeException(long limit)
    : Exception($"The file is larger than the import limit of {limit:N0} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// A read-only pass-through that hashes (SHA-256), counts and bounds the bytes read, and reports progress, so a
/// file is read exactly once, front to back, whatever its size.
/// </summary>
internal sealed class HashingStream(Stream inner, long maxBytes, IProgress<long>? progress) : Stream
{
    private const long ReportEvery = 1 << 20;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _lastReport;

    public long BytesRead { get; private set; }

    /// <summary>Lower-case hex SHA-256 of everything read so far (the whole file once the reader reached its end).</summary>
    public string Sha256 => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Account(buffer[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        Account(buffer.Span[..n]);
        return n;
    }

    private void Account(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        if (BytesRead > maxBytes)
        {
            throw new ImportTooLargeException(maxBytes);
        }

        _hash.AppendData(read);
        if (progress is not null && (BytesRead - _lastReport >= ReportEvery || read.Length == 0))
        {
            _lastReport = BytesRead;
            progress.Report(BytesRead);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
