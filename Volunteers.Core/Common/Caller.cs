namespace Volunteers.Core.Common;

public static class Roles
{
    public const string TownAdmin = "town-admin";
    public const string PointCoordinator = "point-coordinator";
    public static readonly string[] All = [TownAdmin, PointCoordinator];

    /// <summary>A volunteer signed in with their personal card: not an account role, so no account can be given it.</summary>
    public const string Volunteer = "volunteer";
}

/// <summary>Who is asking: a town administrator sees the whole town, a coordinator only their learning point.</summary>
public sealed record Caller(long AccountId, string Role, long? LearningPointId, string? Client = null)
{
    public bool IsTownAdmin => Role == Roles.TownAdmin;

    public bool CanReach(long learningPointId) => IsTownAdmin || LearningPointId == learningPointId;

    /// <summary>The learning point a list is restricted to: the coordinator's own, or what an admin asked for.</summary>
    public long? ScopeFor(long? requested) => IsTownAdmin ? requested : LearningPointId;
}
