namespace KpiActors.Grains.Tests.Support;

/// <summary>
/// One silo's life. A test cluster kills a silo by stopping it with a cancelled token, and Orleans still schedules
/// each grain's deactivation, whose OnDeactivateAsync writes the snapshot an indicator grain has not saved; whether
/// that runs before the silo's host is torn down is a race. A process that dies writes nothing, so a test throws
/// this switch first, and from then on the silo's grain storage reaches nothing.
/// </summary>
public sealed class CrashSwitch
{
    private volatile bool _crashed;

    public bool Crashed => _crashed;

    public void Crash() => _crashed = true;
}
