using FibroTrack.Data.Entities;

namespace FibroTrack.Features.Sharing;

/// <summary>A new grant: to an email address, or (no email) to whoever enters the one-time code it returns.</summary>
public sealed record CreateGrantInput(string? Email, string? Scope, DateOnly? ExpiresOn);

/// <summary>A clinician's one-time code, as the person passed it on (dashes and case do not matter).</summary>
public sealed record AcceptCodeInput(string? Code);

/// <summary>A grant as its person sees it. <c>Status</c>: pending, active, expired or revoked.</summary>
public sealed record GrantDto(
    long Id, string Kind, string? InvitedEmail, string? ClinicianEmail, string Scope, string Status,
    DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt, DateTime? RevokedAt);

/// <summary>A grant just created. The code and link are shown this once: only the code's hash is stored.</summary>
public sealed record CreatedGrantDto(GrantDto Grant, string? Code, string? AcceptPath);

/// <summary>One read of the person's data by somebody else.</summary>
public sealed record AuditEntryDto(DateTime At, string ActorEmail, string Action, string Resource);

public sealed record AuditPageDto(int Page, int PageSize, int Total, IReadOnlyList<AuditEntryDto> Entries);

/// <summary>A person who shares with the signed-in clinician, through an active grant.</summary>
public sealed record SharedPersonDto(string PersonId, string Name, string Scope, DateTime ExpiresAt);

/// <summary>An email invitation waiting for the signed-in clinician to accept it.</summary>
public sealed record InviteDto(long Id, string PersonName, string Scope, DateTime ExpiresAt);

/// <summary>Scope names as the API and the forms spell them.</summary>
public static class ScopeNames
{
    public const string ReadAll = "readAll";
    public const string ReportOnly = "reportOnly";

    public static string Of(ShareScope scope) => scope == ShareScope.ReportOnly ? ReportOnly : ReadAll;

    public static ShareScope? Parse(string? name) =>
        string.Equals(name, ReadAll, StringComparison.OrdinalIgnoreCase) ? ShareScope.ReadAll
        : string.Equals(name, ReportOnly, StringComparison.OrdinalIgnoreCase) ? ShareScope.ReportOnly
        : null;

    public static string Describe(ShareScope scope) => scope == ShareScope.ReportOnly ? "the report only" : "everything (dashboard and report)";
}
