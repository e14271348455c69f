namespace GradGate.IntegrationTests;
