namespace FibroTrack.Tests.Infrastructure;

/// <summary>The app on a real Kestrel socket at 127.0.0.1 on a free port, for a real browser.</summary>
public sealed class KestrelFactory : FibroTrackFactory
{
    public KestrelFactory()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;
}
