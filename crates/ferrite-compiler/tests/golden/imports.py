import os
import a.b.c
import a.b.c as d
from . import x
from ..m import y as z, w
from m import *
