using System.Runtime.CompilerServices;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests;

// The shared test files say [Fact] and [Theory] under namespaces inside FibroTrack.Tests, so these types — declared in
// the enclosing namespace — are found before Xunit's through `using Xunit`. They are Xunit's attributes that skip,
// with the reason, when no PostgreSQL server is configured: the PostgreSQL pass reports itself as skipped instead of
// failing on a machine without one, and runs in CI, where .ci/run provides the server.

/// <summary><see cref="Xunit.FactAttribute"/>, skipped without a PostgreSQL server.</summary>
public sealed class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        Skip = PostgresServer.ConnectionString is null ? PostgresServer.SkipReason : null;
    }
}

/// <summary><see cref="Xunit.TheoryAttribute"/>, skipped without a PostgreSQL server.</summary>
public sealed class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        Skip = PostgresServer.ConnectionString is null ? PostgresServer.SkipReason : null;
    }
}
