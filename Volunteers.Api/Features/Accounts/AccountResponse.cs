using Volunteers.Core.Accounts;

namespace Volunteers.Api.Features.Accounts;

public sealed record AccountResponse(long Id, string Name, string? Mobile, string Role, long? TownId, long? LearningPointId, DateTimeOffset CreatedAt,
    int ActiveTokens, DateTimeOffset? LastUsedAt)
{
    public static AccountResponse From(Account a) =>
        new(a.Id, a.Name, a.Mobile, a.Role, a.TownId, a.LearningPointId, a.CreatedAt, a.ActiveTokens, a.LastUsedAt);
}
