using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Audit;

public sealed class AuditCommands(Database db)
{
    /// <summary>An event that changes nothing else (an export, a backup) gets a transaction of its own.</summary>
    public void Record(Caller? caller, string action, string entity, object? entityId, object? detail = null) =>
        db.Write((c, t) => AuditLog.Write(c, t, caller?.TownScope, caller, action, entity, entityId, detail));
}
