using System.Net.Mail;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Sharing;

/// <summary>
/// The person's side of sharing: invite a clinician (by email or one-time code), list and revoke grants, and read the
/// log of who read what. Every query names the signed-in person explicitly on top of the grant filter, which would
/// also show grants where they are the clinician.
/// </summary>
public sealed class SharingService(FibroTrackDbContext db, OwnerScope owner, ILookupNormalizer normalizer, TimeProvider clock)
{
    /// <summary>The longest a grant may run: consent is renewed at least once a year.</summary>
    public const int MaxDays = 365;

    public const int AuditPageSize = 50;

    public async Task<ValidationResult<CreatedGrantDto>> CreateAsync(CreateGrantInput input, CancellationToken ct = default)
    {
        var me = owner.RequireAccount();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var errors = new List<ValidationError>();

        string? email = null;
        if (!string.IsNullOrWhiteSpace(input.Email))
        {
            var typed = input.Email.Trim();
            if (typed.Length > 256 || !MailAddress.TryCreate(typed, out var address) || !string.Equals(address.Address, typed, StringComparison.Ordinal))
            {
                errors.Add(new("email", "Enter the clinician's email address, like name@example.org, or leave it empty to get a one-time code."));
            }
            else
            {
                email = normalizer.NormalizeEmail(typed);
                var mine = await db.Users.Where(u => u.Id == me).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(ct);
                if (string.Equals(mine, email, StringComparison.Ordinal))
                {
                    errors.Add(new("email", "That is your own address: enter your clinician's."));
                }
            }
        }

        var scope = ScopeNames.Parse(input.Scope);
        if (scope is null)
        {
            errors.Add(new("scope", $"Choose {ScopeNames.ReadAll} or {ScopeNames.ReportOnly}."));
        }

        if (input.ExpiresOn is not { } expiresOn)
        {
            errors.Add(new("expiresOn", "Choose the last day the clinician may read your data."));
        }
        else if (expiresOn < today)
        {
            errors.Add(new("expiresOn", "The last day must be today or later."));
        }
        else if (expiresOn > today.AddDays(MaxDays))
        {
            errors.Add(new("expiresOn", $"A grant may run at most {MaxDays} days; you can share again when it ends."));
        }

        if (errors.Count > 0)
        {
            return ValidationResult<CreatedGrantDto>.Invalid(errors);
        }

        var code = email is null ? GrantCodes.New() : null;
        var grant = new CareGrant
        {
            OwnerId = me,
            InvitedEmail = email,
            CodeHash = code is null ? null : GrantCodes.Hash(GrantCodes.Normalise(code)!),
            Scope = scope!.Value,
            CreatedAt = now,
            // Through the whole of the chosen day, in UTC.
            ExpiresAt = input.ExpiresOn!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        db.CareGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        return ValidationResult<CreatedGrantDto>.Valid(new CreatedGrantDto(
            ToDto(grant, null, now), code, code is null ? null : "/clinician/accept?code=" + Uri.EscapeDataString(code)));
    }

    /// <summary>The person's grants, newest first, with the clinician's address once accepted.</summary>
    public async Task<List<GrantDto>> ListAsync(CancellationToken ct = default)
    {
        var me = owner.RequireAccount();
        var now = clock.GetUtcNow().UtcDateTime;
        var grants = await db.CareGrants.AsNoTracking().Where(g => g.OwnerId == me)
            .OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).ToListAsync(ct);
        var clinicianIds = grants.Where(g => g.ClinicianId != null).Select(g => g.ClinicianId!).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => clinicianIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        return [.. grants.Select(g => ToDto(g, g.ClinicianId is { } c ? emails.GetValueOrDefault(c) : null, now))];
    }

    /// <summary>Ends a grant at once: the clinician's next request is refused. False when the person has no such grant.</summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken ct = default)
    {
        var me = owner.RequireAccount();
        var grant = await db.CareGrants.SingleOrDefaultAsync(g => g.Id == id && g.OwnerId == me, ct);
        if (grant is null)
        {
            return false;
        }

        // A grant revoked once keeps its first revocation time.
        grant.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>One page (from 1) of the access log, newest first.</summary>
    public async Task<AuditPageDto> AuditAsync(int page, CancellationToken ct = default)
    {
        var me = owner.RequireAccount();
        page = Math.Max(1, page);
        var entries = db.AccessAudit.AsNoTracking().Where(e => e.OwnerId == me);
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * AuditPageSize).Take(AuditPageSize)
            .Select(e => new AuditEntryDto(e.At, e.ActorEmail, e.Action, e.Resource))
            .ToListAsync(ct);
        return new AuditPageDto(page, AuditPageSize, total, rows);
    }

    private static GrantDto ToDto(CareGrant g, string? clinicianEmail, DateTime now) => new(
        g.Id,
        g.CodeHash is null ? "email" : "code",
        g.InvitedEmail?.ToLowerInvariant(),
        clinicianEmail,
        ScopeNames.Of(g.Scope),
        g.RevokedAt is not null ? "revoked" : g.ExpiresAt <= now ? "expired" : g.AcceptedAt is not null ? "active" : "pending",
        g.CreatedAt,
        g.ExpiresAt,
        g.AcceptedAt,
        g.RevokedAt);
}
