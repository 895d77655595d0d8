using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Features.Account;

/// <summary><c>POST /api/v1/account/delete</c>: a person deletes their account and every row of their data.</summary>
public static class AccountDeletionApi
{
    /// <summary>The password again, so a stolen token alone cannot erase a person's history.</summary>
    public sealed record DeleteAccountInput(string Password);

    public static RouteGroupBuilder MapAccountDeletionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/account/delete", async Task<Results<NoContent, ValidationProblem, NotFound>> (
                DeleteAccountInput input, OwnerScope owner, UserManager<AppUser> users) =>
            {
                var user = await users.FindByIdAsync(owner.RequireOwner());
                if (user is null)
                {
                    return TypedResults.NotFound();
                }

                if (string.IsNullOrEmpty(input.Password) || !await users.CheckPasswordAsync(user, input.Password))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["The password is not right."] });
                }

                // Every personal table references the account with ON DELETE CASCADE (the owner's rows and, through them,
                // their dependants: observations, dose history), so one delete removes them all in one transaction.
                var deleted = await users.DeleteAsync(user);
                return deleted.Succeeded
                    ? TypedResults.NoContent()
                    : TypedResults.ValidationProblem(deleted.Errors.ToDictionary(e => e.Code, e => new[] { e.Description }));
            })
            .WithTags("Account")
            .WithName("DeleteAccount")
            .WithSummary("Deletes the signed-in person's account and all of their data, for good. Needs the password again. Download your data first (GET /api/v1/export/fhir and /api/v1/export/observations.csv).");
        return api;
    }
}
