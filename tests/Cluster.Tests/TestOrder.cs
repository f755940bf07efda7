// Every test runs a cluster of app processes and their failure detectors probe each other every 2 s: on a small
// machine, two clusters at once starve each other into false suspicions. One test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
