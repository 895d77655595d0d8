using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Features.Account;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Sharing;

/// <summary>
/// The clinician's side of sharing, and the only way into another person's data: <see cref="OpenAsync"/> checks the
/// database for an active grant on every request (so a revocation counts from the next request), switches the
/// <see cref="OwnerScope"/> to read that person read-only, and writes the access log entry in the same request.
/// Anything short of an active grant is "not found", so a clinician cannot learn whether a person exists.
/// </summary>
public sealed class SharedAccess(FibroTrackDbContext db, OwnerScope owner, TimeProvider clock)
{
    /// <summary>Whether the signed-in account holds the Clinician role now (read from the database, not the token's claims).</summary>
    public Task<bool> IsClinicianAsync(CancellationToken ct = default) => RoleChecks.HasRoleAsync(db, owner.AccountId, Roles.Clinician, ct);

    /// <summary>
    /// Reads as <paramref name="personId"/> for the rest of the request when the signed-in clinician holds an active grant
    /// that covers <paramref name="needed"/>, and logs the read. False (and nothing changed) otherwise.
    /// </summary>
    public async Task<bool> OpenAsync(string personId, ShareScope needed, string action, string resource, CancellationToken ct = default)
    {
        var me = owner.AccountId;
        if (me is null || string.IsNullOrEmpty(personId) || personId == me || !await IsClinicianAsync(ct))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var granted = await db.CareGrants.AsNoTracking().AnyAsync(g =>
            g.ClinicianId == me && g.OwnerId == personId && g.AcceptedAt != null && g.RevokedAt == null && g.ExpiresAt > now
            && (needed == ShareScope.ReportOnly || g.Scope == ShareScope.ReadAll), ct);
        if (!granted)
        {
            return false;
        }

        var email = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.Email).SingleAsync(ct);
        db.AccessAudit.Add(new AccessAuditEntry
        {
            OwnerId = personId,
            ActorId = me,
            ActorEmail = email ?? me,
            Action = action,
            Resource = resource.Length > 400 ? resource[..400] : resource,
            At = now,
        });
        await db.SaveChangesAsync(ct);
        owner.ReadAs(personId);
        return true;
    }

    /// <summary>People with an active grant to the signed-in clinician: the widest scope and latest end per person.</summary>
    public async Task<List<SharedPersonDto>> PeopleAsync(CancellationToken ct = default)
    {
        var me = owner.RequireAccount();
        if (!await IsClinicianAsync(ct))
        {
            // Grants accepted before the role was removed stay in the table but give nothing, not even names.
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var grants = await db.CareGrants.AsNoTracking()
            .Where(g => g.ClinicianId == me && g.AcceptedAt != null && g.RevokedAt == null && g.ExpiresAt > now)
            .Join(db.Users, g => g.OwnerId, u => u.Id, (g, u) => new { g.OwnerId, g.Scope, g.ExpiresAt, u.DisplayName, u.Email })
            .ToListAsync(ct);
        return [.. grants.GroupBy(g => g.OwnerId)
            .Select(p => new SharedPersonDto(
                p.Key,
                Name(p.First().DisplayName, p.First().Email),
                ScopeNames.Of(p.Any(g => g.Scope == ShareScope.ReadAll) ? ShareScope.ReadAll : ShareScope.ReportOnly),
                p.Max(g => g.ExpiresAt)))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The name shown for a person with an active grant, or null when there is none (a page then answers 404).</summary>
    public async Task<SharedPersonDto?> PersonAsync(string personId, CancellationToken ct = default) =>
        (await PeopleAsync(ct)).FirstOrDefault(p => p.PersonId == personId);

    /// <summary>Email invitations addressed to the signed-in clinician's account address, not yet accepted.</summary>
    public async Task<List<InviteDto>> InvitesAsync(CancellationToken ct = default)
    {
        var email = await MyNormalisedEmailAsync(ct);
        if (email is null || !await IsClinicianAsync(ct))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = owner.RequireAccount();
        var invites = await UnacceptedInvitations()
            .Where(g => g.InvitedEmail == email && g.ExpiresAt > now && g.OwnerId != me)
            .Join(db.Users, g => g.OwnerId, u => u.Id, (g, u) => new { g.Id, g.Scope, g.ExpiresAt, u.DisplayName, u.Email })
            .OrderBy(g => g.Id)
            .ToListAsync(ct);
        return [.. invites.Select(i => new InviteDto(i.Id, Name(i.DisplayName, i.Email), ScopeNames.Of(i.Scope), i.ExpiresAt))];
    }

    /// <summary>Accepts an email invitation addressed to the signed-in clinician. False when there is no such invitation for them.</summary>
    public async Task<bool> AcceptInviteAsync(long id, CancellationToken ct = default)
    {
        var email = await MyNormalisedEmailAsync(ct);
        if (email is null || !await IsClinicianAsync(ct))
        {
            return false;
        }

        var grant = await UnacceptedInvitations().SingleOrDefaultAsync(g => g.Id == id && g.InvitedEmail == email, ct);
        return grant is not null && await AcceptAsync(grant, ct);
    }

    /// <summary>Accepts the grant a one-time code stands for; the code works once.</summary>
    public async Task<ValidationResult<SharedPersonDto>> AcceptCodeAsync(string? code, CancellationToken ct = default)
    {
        var normalised = GrantCodes.Normalise(code);
        var hash = normalised is null ? null : GrantCodes.Hash(normalised);
        var grant = hash is null ? null : await UnacceptedInvitations().SingleOrDefaultAsync(g => g.CodeHash == hash, ct);
        if (grant is null || !await IsClinicianAsync(ct) || !await AcceptAsync(grant, ct))
        {
            return ValidationResult<SharedPersonDto>.Invalid([new("code", "That code is not valid: it may be mistyped, used already, revoked or expired.")]);
        }

        var person = await PersonAsync(grant.OwnerId, ct);
        return ValidationResult<SharedPersonDto>.Valid(person!);
    }

    private async Task<bool> AcceptAsync(CareGrant grant, CancellationToken ct)
    {
        var me = owner.RequireAccount();
        var now = clock.GetUtcNow().UtcDateTime;
        if (grant.OwnerId == me || grant.ExpiresAt <= now)
        {
            return false;
        }

        grant.ClinicianId = me;
        grant.AcceptedAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The one read of grants past the query filter, which shows a grant only to its person and its accepted clinician:
    /// an invitation has no clinician yet, so the clinician accepting it can find it only here. The predicate that
    /// replaces the filter: not accepted by anybody and not revoked; callers narrow it to a code's hash or their own email.
    /// </summary>
    private IQueryable<CareGrant> UnacceptedInvitations() =>
        db.CareGrants.IgnoreQueryFilters().Where(g => g.ClinicianId == null && g.AcceptedAt == null && g.RevokedAt == null);

    private async Task<string?> MyNormalisedEmailAsync(CancellationToken ct)
    {
        var me = owner.AccountId;
        return me is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(ct);
    }

    private static string Name(string? displayName, string? email) =>
        string.IsNullOrWhiteSpace(displayName) ? email ?? "(no name)" : displayName;
}
