# The project's Jupyter server settings. `make lab` puts this folder first on
# JUPYTER_CONFIG_PATH, so they apply to JupyterLab started that way, on top of
# the environment's and the user's own settings; nothing else needs configuring.
import zmq

c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)

# Saving a notebook writes it in its stored form: no outputs or execution
# counts, the project's kernelspec, cell tags only (plancompare.notebooks.
# clean_notebook). Outputs stay on screen; git sees only changed code and text.
# jupytext writes the paired .py script beside it (settings in notebooks/jupytext.toml).
c.ContentsManager.pre_save_hook = "plancompare.notebooks.clean_before_save"

# Encrypt the traffic between the server and its kernels (CurveZMQ keys
# provisioned by the kernel manager) instead of plain TCP, as ipykernel asks.
if zmq.has("curve"):
    c.MappingKernelManager.transport_encryption = "auto"
