namespace GradGate.Tasks;
